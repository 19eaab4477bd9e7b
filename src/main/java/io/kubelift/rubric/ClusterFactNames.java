package io.kubelift.rubric;

import static io.kubelift.rubric.FactType.BOOLEAN;
import static io.kubelift.rubric.FactType.NUMBER;
import static io.kubelift.rubric.FactType.STRING;

import io.kubelift.model.ClusterFacts;

/**
 * The {@code cluster.*} facts: what the target cluster offers. All are unknown when no cluster was given; the
 * {@code cluster} package fills them from a live cluster or a snapshot.
 */
final class ClusterFactNames {
  private ClusterFactNames() {}

  static void register(FactCatalogue c) {
    flag(c, "cluster.kubevirt.installed", "KubeVirt is installed and deployed");
    flag(c, "cluster.cdi.installed", "CDI (Containerized Data Importer) is installed");
    flag(c, "cluster.fencing.available", "node fencing/remediation is configured (FenceAgentsRemediation or "
        + "SelfNodeRemediation with NodeHealthCheck)");
    flag(c, "cluster.storage.rwx", "a storage class offers ReadWriteMany volumes (live migration)");
    flag(c, "cluster.storage.rwxBlock", "a storage class offers ReadWriteMany block volumes (shared disks)");
    flag(c, "cluster.multus", "Multus NetworkAttachmentDefinitions are available");
    flag(c, "cluster.sriov", "the SR-IOV network operator is installed");
    flag(c, "cluster.hostDevices", "KubeVirt permits host devices (PCI/USB/mediated)");
    flag(c, "cluster.hugepages", "some node offers hugepages");
    flag(c, "cluster.dedicatedCpus", "some node runs the static CPU manager policy");
    flag(c, "cluster.liveMigration", "live migration is enabled");
    flag(c, "cluster.persistentReservation", "the PersistentReservation feature gate is on");
    flag(c, "cluster.volumeSnapshots", "a VolumeSnapshotClass exists (backup by snapshot)");
    value(c, "cluster.kubevirt.version", STRING, "KubeVirt version");
    value(c, "cluster.nodes.count", NUMBER, "schedulable nodes");
    value(c, "cluster.nodes.maxCpus", NUMBER, "allocatable CPUs of the largest node");
    value(c, "cluster.nodes.maxMemoryMiB", NUMBER, "allocatable memory of the largest node, MiB");
  }

  private static void flag(FactCatalogue c, String name, String description) {
    value(c, name, BOOLEAN, description);
  }

  private static void value(FactCatalogue c, String name, FactType type, String description) {
    c.add(name, type, description, o -> read(o, name));
  }

  static Object read(Object subject, String name) {
    return ((ClusterFacts) subject).get(name);
  }
}
