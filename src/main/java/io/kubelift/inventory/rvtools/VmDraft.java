package io.kubelift.inventory.rvtools;

import io.kubelift.model.Device;
import io.kubelift.model.Disk;
import io.kubelift.model.Firmware;
import io.kubelift.model.HostNeeds;
import io.kubelift.model.Kernel;
import io.kubelift.model.Nic;
import io.kubelift.model.Os;
import io.kubelift.model.Provenance;
import io.kubelift.model.SourceRef;
import io.kubelift.model.Vm;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * A VM while its RVTools tabs are joined: vInfo's facts first, then the rows of the other tabs as they stream by.
 * Lists a tab did not cover stay unknown; where vInfo counts more disks or NICs than their tab lists, the rest are
 * added as elements whose facts are unknown, and a note says so.
 */
final class VmDraft {
  final String name;
  final SourceRef source;
  String vmId;
  String uuid;
  String server;
  /** A row that is not assessed (a template, say); kept in the index so that its other rows are not orphans. */
  boolean excluded;
  String powerState;
  Os os;
  String firmware;
  Boolean secureBoot;
  Boolean tpm;
  Integer cpus;
  Long memoryMiB;
  Integer nicCount;
  Integer diskCount;
  Boolean dedicatedCpus;
  String kernelVersion;
  final List<String> networks = new ArrayList<>();
  final Map<String, Boolean> platform = new TreeMap<>();
  final Map<String, String> attributes = new TreeMap<>();
  final List<String> notes = new ArrayList<>();
  final List<Disk> disks = new ArrayList<>();
  final List<Disk> isos = new ArrayList<>();
  final List<Nic> nics = new ArrayList<>();
  final List<Device> usb = new ArrayList<>();
  int snapshots;
  String tools;
  int partitions;
  double partitionMiB;
  double partitionFreeMiB;

  VmDraft(String name, SourceRef source) {
    this.name = name;
    this.source = source;
  }

  /**
   * Keeps a fact for the report. Short values are interned: cluster, host, HA settings and the like repeat across
   * thousands of VMs, and one copy of each keeps a 100,000-VM estate within a small heap.
   */
  void attribute(String key, String value) {
    if (value != null) {
      attributes.put(key, value.length() > 2000 ? value.substring(0, 2000) + "…"
          : value.length() <= 64 ? value.intern() : value);
    }
  }

  Vm build(Set<Tab> tabs) {
    if (tabs.contains(Tab.VPARTITION) && partitions > 0) {
      attributes.put("guestPartitions", String.valueOf(partitions));
      attributes.put("guestCapacityMiB", String.valueOf(Math.round(partitionMiB)));
      attributes.put("guestFreeMiB", String.valueOf(Math.round(partitionFreeMiB)));
    }
    List<Disk> allDisks = disks(tabs);
    List<Nic> allNics = nics(tabs);
    Map<String, String> attrs = attributes;
    for (String n : notes) {
      attrs = Provenance.withNote(attrs, n);
    }
    return new Vm(name, source, null, null, os, firmware(), cpus, memoryMiB, powerState, allDisks, allNics,
        usb.isEmpty() ? null : devices(), kernel(), guestAgent(tabs), null,
        tabs.contains(Tab.VSNAPSHOT) ? snapshots : null, null, platform.isEmpty() ? null : platform, attrs);
  }

  private Firmware firmware() {
    if (firmware == null && secureBoot == null && tpm == null) {
      return null;
    }
    return new Firmware(firmware, "bios".equals(firmware) ? Boolean.FALSE : secureBoot, tpm);
  }

  /** ESXi boots every VM with its own firmware from its own disks: no vSphere VM uses direct kernel boot. */
  private Kernel kernel() {
    HostNeeds host = dedicatedCpus == null ? null : new HostNeeds(null, dedicatedCpus, null, null);
    return new Kernel(null, kernelVersion, null, null, null, host, Boolean.FALSE);
  }

  private List<Disk> disks(Set<Tab> tabs) {
    List<Disk> out = withCount(disks, diskCount, tabs.contains(Tab.VDISK), "disks", Tab.VDISK,
        i -> new Disk("Hard disk (not listed) " + i, null, null, null, null, null, null, null, null, null));
    if (out != null && tabs.contains(Tab.VCD)) {
      out.addAll(isos);
    }
    return out;
  }

  private List<Nic> nics(Set<Tab> tabs) {
    boolean listed = tabs.contains(Tab.VNETWORK);
    return withCount(nics, nicCount, listed, "NICs", Tab.VNETWORK, i -> new Nic(
        listed ? "Network adapter (not listed) " + i : "Network adapter " + i,
        !listed && i <= networks.size() ? networks.get(i - 1) : null, null, null, null, null, null, null, null, null));
  }

  /**
   * The elements a tab listed, padded to the count vInfo gives with elements whose facts are unknown; without the
   * tab, only elements known by count (or {@code null} when even the count is missing).
   */
  private <T> List<T> withCount(List<T> listed, Integer count, boolean tabRead, String what, Tab tab,
      java.util.function.IntFunction<T> unknown) {
    if (!tabRead && count == null) {
      return null;
    }
    List<T> out = new ArrayList<>(tabRead ? listed : List.of());
    int missing = count == null ? 0 : count - out.size();
    if (missing > 0 && tabRead) {
      notes.add("vInfo counts " + count + " " + what + ", " + tab.sheet() + " lists " + out.size() + ": the other "
          + missing + " are known only by count");
    }
    for (int i = 1; i <= missing; i++) {
      out.add(unknown.apply(i));
    }
    return out;
  }

  /** USB devices found, plus one of unknown type: RVTools does not list PCI passthrough devices. */
  private List<Device> devices() {
    List<Device> out = new ArrayList<>(usb);
    out.add(new Device(null, null, "PCI and other host devices: RVTools does not list them"));
    return out;
  }

  /** Tools running or installed; a VM that is off cannot say whether its Tools would run. */
  private Boolean guestAgent(Set<Tab> tabs) {
    if (!tabs.contains(Tab.VTOOLS) || tools == null) {
      return null;
    }
    String t = tools.toLowerCase(java.util.Locale.ROOT);
    if (t.contains("notinstalled")) {
      return false;
    }
    if (t.contains("notrunning")) {
      return "on".equals(powerState) ? Boolean.FALSE : null;
    }
    return t.startsWith("tools") ? Boolean.TRUE : null;
  }
}
