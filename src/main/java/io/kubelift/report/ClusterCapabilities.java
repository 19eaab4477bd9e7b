package io.kubelift.report;

import static io.kubelift.rubric.ClusterFactNames.CDI_INSTALLED;
import static io.kubelift.rubric.ClusterFactNames.CDI_UPLOAD_PROXY;
import static io.kubelift.rubric.ClusterFactNames.CDI_VERSION;
import static io.kubelift.rubric.ClusterFactNames.DEDICATED_CPUS;
import static io.kubelift.rubric.ClusterFactNames.DEFAULT_CLASS;
import static io.kubelift.rubric.ClusterFactNames.FENCING;
import static io.kubelift.rubric.ClusterFactNames.FENCING_KINDS;
import static io.kubelift.rubric.ClusterFactNames.HOST_DEVICES;
import static io.kubelift.rubric.ClusterFactNames.HUGEPAGES;
import static io.kubelift.rubric.ClusterFactNames.KUBEVIRT_HOST_DEVICES;
import static io.kubelift.rubric.ClusterFactNames.KUBEVIRT_INSTALLED;
import static io.kubelift.rubric.ClusterFactNames.KUBEVIRT_MIGRATIONS;
import static io.kubelift.rubric.ClusterFactNames.KUBEVIRT_PHASE;
import static io.kubelift.rubric.ClusterFactNames.KUBEVIRT_VERSION;
import static io.kubelift.rubric.ClusterFactNames.LIVE_MIGRATION;
import static io.kubelift.rubric.ClusterFactNames.MULTUS;
import static io.kubelift.rubric.ClusterFactNames.MULTUS_NETWORKS;
import static io.kubelift.rubric.ClusterFactNames.NODES_HUGEPAGE_SIZES;
import static io.kubelift.rubric.ClusterFactNames.NODE_HEALTH_CHECKS;
import static io.kubelift.rubric.ClusterFactNames.NODE_MAINTENANCE;
import static io.kubelift.rubric.ClusterFactNames.PERSISTENT_RESERVATION;
import static io.kubelift.rubric.ClusterFactNames.RWX;
import static io.kubelift.rubric.ClusterFactNames.RWX_BLOCK;
import static io.kubelift.rubric.ClusterFactNames.RWX_CLASSES;
import static io.kubelift.rubric.ClusterFactNames.SNAPSHOTS;
import static io.kubelift.rubric.ClusterFactNames.SNAPSHOT_CLASSES;
import static io.kubelift.rubric.ClusterFactNames.SRIOV;

import io.kubelift.model.ClusterFacts;
import java.util.ArrayList;
import java.util.List;

/**
 * The capabilities of the target an architect asks about first, in plain words: whether the cluster has each, the
 * details that matter (versions, classes, kinds), what a migration needs it for, and, where it is unknown, why. The
 * list is data: one line per capability, its deciding fact and the facts that detail it.
 */
final class ClusterCapabilities {
  /** What a default storage class fact says when no class is marked default. */
  private static final String NO_DEFAULT = "none";

  private static final List<Spec> SPECS = List.of(
      new Spec("KubeVirt", KUBEVIRT_INSTALLED, "running VMs at all",
          "version ", KUBEVIRT_VERSION, "phase ", KUBEVIRT_PHASE),
      new Spec("CDI (Containerized Data Importer)", CDI_INSTALLED, "importing disk images into volumes",
          "version ", CDI_VERSION, "upload proxy ", CDI_UPLOAD_PROXY),
      new Spec("Default storage class", DEFAULT_CLASS, "disks that name no storage class"),
      new Spec("ReadWriteMany storage", RWX, "live migration of VMs with persistent disks",
          "classes: ", RWX_CLASSES),
      new Spec("ReadWriteMany block storage", RWX_BLOCK, "shared disks of active-standby clusters"),
      new Spec("Multus (extra networks)", MULTUS, "NICs on segments other than the pod network",
          "networks: ", MULTUS_NETWORKS),
      new Spec("SR-IOV network operator", SRIOV, "SR-IOV NICs"),
      new Spec("Node fencing and remediation", FENCING, "shared-disk HA: a failed node is fenced before "
          + "another takes its disk", "", FENCING_KINDS, "NodeHealthChecks: ", NODE_HEALTH_CHECKS),
      new Spec("Node Maintenance operator", NODE_MAINTENANCE, "draining nodes for maintenance"),
      new Spec("Hugepages", HUGEPAGES, "VMs whose memory is backed by hugepages", "sizes: ", NODES_HUGEPAGE_SIZES),
      new Spec("Dedicated CPUs (static CPU manager)", DEDICATED_CPUS, "VMs pinned to dedicated CPUs"),
      new Spec("Host devices (PCI, GPU, USB passthrough)", HOST_DEVICES, "VMs with passthrough devices",
          "permitted: ", KUBEVIRT_HOST_DEVICES),
      new Spec("Live migration", LIVE_MIGRATION, "moving running VMs off a node", "", KUBEVIRT_MIGRATIONS),
      new Spec("Volume snapshots", SNAPSHOTS, "backup and restore by snapshot", "classes: ", SNAPSHOT_CLASSES),
      new Spec("SCSI persistent reservation", PERSISTENT_RESERVATION,
          "clustered file systems and fencing by reservation on shared disks"));

  private ClusterCapabilities() {}

  /**
   * One capability.
   *
   * @param name what it is, in plain words
   * @param state {@code yes}, {@code no} or {@code unknown}
   * @param detail versions, classes or kinds when present; why it is unknown when unknown; empty otherwise
   * @param neededFor what a migration needs it for
   */
  public record Capability(String name, String state, String detail, String neededFor) {}

  /**
   * How one capability is read.
   *
   * @param name what it is, in plain words
   * @param fact the fact that decides yes, no or unknown
   * @param neededFor what a migration needs it for
   * @param details pairs of a label and the fact whose value follows it
   */
  private record Spec(String name, String fact, String neededFor, String... details) {}

  static List<Capability> of(ClusterFacts c) {
    List<Capability> out = new ArrayList<>(SPECS.size());
    for (Spec s : SPECS) {
      String state = state(c.get(s.fact()));
      String detail = switch (state) {
        case "yes" -> details(c, s);
        case "unknown" -> ClusterSection.reason(c, s.fact());
        default -> "";
      };
      out.add(new Capability(s.name(), state, detail, s.neededFor()));
    }
    return out;
  }

  /** A flag is yes or no; the default class is yes (by its name) unless no class is the default. */
  private static String state(Object v) {
    if (v == null) {
      return "unknown";
    }
    if (v instanceof Boolean) {
      return (Boolean) v ? "yes" : "no";
    }
    return NO_DEFAULT.equals(v) ? "no" : "yes";
  }

  /** The known detail facts after their labels; the deciding fact itself when it is a name, not a flag. */
  private static String details(ClusterFacts c, Spec s) {
    List<String> parts = new ArrayList<>();
    if (!(c.get(s.fact()) instanceof Boolean)) {
      parts.add(ClusterSection.value(c.get(s.fact())));
    }
    for (int i = 0; i < s.details().length; i += 2) {
      Object v = c.get(s.details()[i + 1]);
      if (v != null && !(v instanceof List && ((List<?>) v).isEmpty())) {
        parts.add(s.details()[i] + ClusterSection.value(v));
      }
    }
    return String.join("; ", parts);
  }
}
