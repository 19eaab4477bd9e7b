package io.kubelift.model;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * One virtual machine of the estate. {@code null} fields and lists are unknown; empty lists are known to be empty.
 *
 * @param name the VM's name in the source
 * @param source where the record came from
 * @param application the application it belongs to, once applications are resolved
 * @param role its role in that application ({@code frontend}, {@code app}, {@code backend}, …)
 * @param os guest operating system
 * @param firmware boot firmware
 * @param cpus virtual CPUs
 * @param memoryMiB memory in MiB
 * @param powerState {@code on}, {@code off} or {@code suspended}
 * @param disks disks and CD-ROMs
 * @param nics network interfaces
 * @param devices passthrough and other host-bound devices
 * @param kernel guest kernel and host needs
 * @param guestAgent whether a guest agent or VMware Tools runs
 * @param virtioDrivers whether the guest has virtio drivers
 * @param snapshots number of snapshots present
 * @param workload what the workload inside needs
 * @param platform source-platform features that do not carry over (e.g. {@code ha}, {@code faultTolerance})
 * @param attributes other facts of the source kept for the report (cluster, host, folder, annotation, …)
 */
public record Vm(
    String name,
    SourceRef source,
    String application,
    String role,
    Os os,
    Firmware firmware,
    Integer cpus,
    Long memoryMiB,
    String powerState,
    List<Disk> disks,
    List<Nic> nics,
    List<Device> devices,
    Kernel kernel,
    Boolean guestAgent,
    Boolean virtioDrivers,
    Integer snapshots,
    Workload workload,
    Map<String, Boolean> platform,
    Map<String, String> attributes) {
  public Vm {
    Objects.requireNonNull(name, "name");
    disks = disks == null ? null : List.copyOf(disks);
    nics = nics == null ? null : List.copyOf(nics);
    devices = devices == null ? null : List.copyOf(devices);
    platform = platform == null ? null : java.util.Collections.unmodifiableSortedMap(new TreeMap<>(platform));
    attributes = attributes == null ? Attributes.EMPTY : Attributes.of(attributes);
  }

  /**
   * The capacity of its disks in GiB, CD-ROM images left out (they are installation media, not its data); {@code
   * null} when the disk list or a disk's size is unknown.
   */
  public Double diskGiB() {
    if (disks == null) {
      return null;
    }
    double sum = 0;
    for (Disk d : disks) {
      if (d.cdrom()) {
        continue;
      }
      if (d.capacityGiB() == null) {
        return null;
      }
      sum += d.capacityGiB();
    }
    return sum;
  }

  /** This VM placed in an application with a role. */
  public Vm inApplication(String app, String newRole) {
    return new Vm(name, source, app, newRole, os, firmware, cpus, memoryMiB, powerState, disks, nics, devices,
        kernel, guestAgent, virtioDrivers, snapshots, workload, platform, attributes);
  }

  /** This VM with its source location set. */
  public Vm withSource(SourceRef ref) {
    return new Vm(name, ref, application, role, os, firmware, cpus, memoryMiB, powerState, disks, nics, devices,
        kernel, guestAgent, virtioDrivers, snapshots, workload, platform, attributes);
  }
}
