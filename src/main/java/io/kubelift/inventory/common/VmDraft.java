package io.kubelift.inventory.common;

import io.kubelift.model.Device;
import io.kubelift.model.Disk;
import io.kubelift.model.Firmware;
import io.kubelift.model.HostNeeds;
import io.kubelift.model.Kernel;
import io.kubelift.model.Nic;
import io.kubelift.model.Os;
import io.kubelift.model.SourceRef;
import io.kubelift.model.Vm;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * A VM as a reader assembles it, field by field, before it is frozen into a {@link Vm}. Every field starts unknown
 * ({@code null}); a reader sets only what its format states. Disks, NICs and devices start as empty lists because
 * a reader that walks a complete device list knows that what it did not meet is absent; a reader whose format does
 * not list them sets the list to {@code null}.
 */
public final class VmDraft {
  public String name;
  public SourceRef source;
  public Os os;
  public String firmware;
  public Boolean secureBoot;
  public Boolean tpm;
  public Integer cpus;
  public Long memoryMiB;
  public String powerState;
  public List<Disk> disks = new ArrayList<>();
  public List<Nic> nics = new ArrayList<>();
  public List<Device> devices = new ArrayList<>();
  public String cmdline;
  public String kernelVersion;
  public Boolean hugepages;
  public Boolean dedicatedCpus;
  public Boolean numaPinning;
  public Boolean realtime;
  public Boolean nestedVirtualization;
  public Boolean directBoot;
  public Boolean guestAgent;
  /** Set only to {@code true}, on evidence ({@link VirtioBoot}); no source proves a guest has none. */
  public Boolean virtioDrivers;
  public Integer snapshots;
  public Map<String, Boolean> platform;
  public final Map<String, String> attributes = new TreeMap<>();

  /** Keeps a source fact for the report; blank values are left out. */
  public VmDraft attribute(String key, String value) {
    if (value != null && !value.isBlank()) {
      attributes.put(key, value.strip());
    }
    return this;
  }

  /** Records a source-platform feature (e.g. {@code ha}) when the format states it. */
  public VmDraft platform(String key, Boolean value) {
    if (value != null) {
      if (platform == null) {
        platform = new TreeMap<>();
      }
      platform.put(key, value);
    }
    return this;
  }

  /** The host needs the reader decides together; nested virtualisation is set on its own. */
  public VmDraft hostNeeds(Boolean huge, Boolean dedicated, Boolean numa, Boolean rt) {
    this.hugepages = huge;
    this.dedicatedCpus = dedicated;
    this.numaPinning = numa;
    this.realtime = rt;
    return this;
  }

  /** The finished VM. */
  public Vm toVm() {
    return new Vm(name, source, null, null, os, firmware(), cpus, memoryMiB, powerState, disks, nics, devices,
        kernel(), guestAgent, virtioDrivers, snapshots, null, platform, attributes);
  }

  private Firmware firmware() {
    return firmware == null && secureBoot == null && tpm == null ? null : new Firmware(firmware, secureBoot, tpm);
  }

  private Kernel kernel() {
    HostNeeds host = hugepages == null && dedicatedCpus == null && numaPinning == null && realtime == null
        && nestedVirtualization == null ? null
        : new HostNeeds(hugepages, dedicatedCpus, numaPinning, realtime, nestedVirtualization);
    return host == null && cmdline == null && kernelVersion == null && directBoot == null ? null
        : new Kernel(null, kernelVersion, cmdline, null, null, host, directBoot);
  }
}
