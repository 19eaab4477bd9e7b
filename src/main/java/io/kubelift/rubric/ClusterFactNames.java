package io.kubelift.rubric;

import static io.kubelift.rubric.FactType.BOOLEAN;
import static io.kubelift.rubric.FactType.LIST;
import static io.kubelift.rubric.FactType.NUMBER;
import static io.kubelift.rubric.FactType.STRING;
import static io.kubelift.rubric.FactType.VERSION;

import io.kubelift.model.ClusterFacts;

/**
 * The {@code cluster.*} facts: what the target cluster offers. All are unknown when no cluster was given; the
 * {@code cluster} package fills them from a live cluster or a snapshot, and the assessment reads capacity from them.
 * The names are constants so that the code that fills them and the code that reads them cannot drift apart.
 */
public final class ClusterFactNames {
  public static final String K8S_VERSION = "cluster.kubernetes.version";
  public static final String KUBEVIRT_INSTALLED = "cluster.kubevirt.installed";
  public static final String KUBEVIRT_VERSION = "cluster.kubevirt.version";
  public static final String KUBEVIRT_PHASE = "cluster.kubevirt.phase";
  public static final String KUBEVIRT_GATES = "cluster.kubevirt.featureGates";
  public static final String KUBEVIRT_HOST_DEVICES = "cluster.kubevirt.permittedHostDevices";
  public static final String KUBEVIRT_MIGRATIONS = "cluster.kubevirt.migrations";
  public static final String INSTANCETYPES = "cluster.instancetypes.count";
  public static final String PREFERENCES = "cluster.preferences.count";
  public static final String CDI_INSTALLED = "cluster.cdi.installed";
  public static final String CDI_VERSION = "cluster.cdi.version";
  public static final String CDI_UPLOAD_PROXY = "cluster.cdi.uploadProxy";
  public static final String FENCING = "cluster.fencing.available";
  public static final String FENCING_KINDS = "cluster.fencing.kinds";
  public static final String NODE_HEALTH_CHECKS = "cluster.fencing.nodeHealthChecks";
  public static final String NODE_MAINTENANCE = "cluster.nodeMaintenance";
  public static final String STORAGE_CLASSES = "cluster.storage.classes";
  public static final String DEFAULT_CLASS = "cluster.storage.defaultClass";
  public static final String RWX = "cluster.storage.rwx";
  public static final String RWX_BLOCK = "cluster.storage.rwxBlock";
  public static final String RWX_CLASSES = "cluster.storage.rwxClasses";
  public static final String SNAPSHOTS = "cluster.volumeSnapshots";
  public static final String SNAPSHOT_CLASSES = "cluster.volumeSnapshots.classes";
  public static final String MULTUS = "cluster.multus";
  public static final String MULTUS_NETWORKS = "cluster.multus.networks";
  public static final String SRIOV = "cluster.sriov";
  public static final String HOST_DEVICES = "cluster.hostDevices";
  public static final String HUGEPAGES = "cluster.hugepages";
  public static final String DEDICATED_CPUS = "cluster.dedicatedCpus";
  public static final String LIVE_MIGRATION = "cluster.liveMigration";
  public static final String PERSISTENT_RESERVATION = "cluster.persistentReservation";
  public static final String NODES = "cluster.nodes.count";
  public static final String NODES_UNSCHEDULABLE = "cluster.nodes.unschedulable";
  public static final String NODES_KVM = "cluster.nodes.kvm";
  public static final String NODES_MAX_CPUS = "cluster.nodes.maxCpus";
  public static final String NODES_MAX_MEMORY = "cluster.nodes.maxMemoryMiB";
  public static final String NODES_CPUS = "cluster.nodes.totalCpus";
  public static final String NODES_MEMORY = "cluster.nodes.totalMemoryMiB";
  public static final String NODES_HUGEPAGE_SIZES = "cluster.nodes.hugepageSizes";
  public static final String NODES_ROLES = "cluster.nodes.roles";
  public static final String NODES_ARCHITECTURES = "cluster.nodes.architectures";
  public static final String NODES_KERNELS = "cluster.nodes.kernels";
  public static final String NODES_OS_IMAGES = "cluster.nodes.osImages";

  private ClusterFactNames() {}

  static void register(FactCatalogue c) {
    value(c, K8S_VERSION, VERSION, "Kubernetes version of the API server");
    flag(c, KUBEVIRT_INSTALLED, "KubeVirt is installed and deployed");
    value(c, KUBEVIRT_VERSION, VERSION, "KubeVirt version");
    value(c, KUBEVIRT_PHASE, STRING, "phase of the KubeVirt resource (Deployed when working)");
    value(c, KUBEVIRT_GATES, LIST, "KubeVirt feature gates enabled");
    value(c, KUBEVIRT_HOST_DEVICES, LIST, "resource names of the host devices KubeVirt permits");
    value(c, KUBEVIRT_MIGRATIONS, LIST, "KubeVirt's live-migration settings (key=value)");
    value(c, INSTANCETYPES, NUMBER, "cluster-wide VirtualMachine instancetypes");
    value(c, PREFERENCES, NUMBER, "cluster-wide VirtualMachine preferences");
    flag(c, CDI_INSTALLED, "CDI (Containerized Data Importer) is installed");
    value(c, CDI_VERSION, VERSION, "CDI version");
    value(c, CDI_UPLOAD_PROXY, STRING, "CDI upload proxy URL (virtctl image-upload)");
    flag(c, FENCING, "node fencing/remediation is configured (FenceAgentsRemediation or "
        + "SelfNodeRemediation with NodeHealthCheck)");
    value(c, FENCING_KINDS, LIST, "remediation kinds the NodeHealthChecks use");
    value(c, NODE_HEALTH_CHECKS, NUMBER, "NodeHealthCheck resources");
    flag(c, NODE_MAINTENANCE, "the Node Maintenance operator is installed");
    value(c, STORAGE_CLASSES, LIST, "storage classes: provisioner, volume binding, access and volume modes");
    value(c, DEFAULT_CLASS, STRING, "the default storage class ('none' when no class is marked default)");
    flag(c, RWX, "a storage class offers ReadWriteMany volumes (live migration)");
    flag(c, RWX_BLOCK, "a storage class offers ReadWriteMany block volumes (shared disks)");
    value(c, RWX_CLASSES, LIST, "storage classes that offer ReadWriteMany volumes");
    flag(c, SNAPSHOTS, "a VolumeSnapshotClass exists (backup by snapshot)");
    value(c, SNAPSHOT_CLASSES, LIST, "VolumeSnapshotClasses");
    flag(c, MULTUS, "Multus NetworkAttachmentDefinitions are available");
    value(c, MULTUS_NETWORKS, LIST, "existing NetworkAttachmentDefinitions (namespace/name)");
    flag(c, SRIOV, "the SR-IOV network operator is installed");
    flag(c, HOST_DEVICES, "KubeVirt permits host devices (PCI/USB/mediated)");
    flag(c, HUGEPAGES, "some schedulable node offers hugepages");
    flag(c, DEDICATED_CPUS, "some node runs the static CPU manager policy");
    flag(c, LIVE_MIGRATION, "live migration is enabled");
    flag(c, PERSISTENT_RESERVATION, "the PersistentReservation feature gate is on");
    value(c, NODES, NUMBER, "schedulable nodes (not cordoned, no NoSchedule/NoExecute taint)");
    value(c, NODES_UNSCHEDULABLE, NUMBER, "nodes that take no new VMs (cordoned or tainted)");
    value(c, NODES_KVM, NUMBER, "schedulable nodes that advertise devices.kubevirt.io/kvm");
    value(c, NODES_MAX_CPUS, NUMBER, "allocatable CPUs of the largest schedulable node");
    value(c, NODES_MAX_MEMORY, NUMBER, "allocatable memory of the largest schedulable node, MiB");
    value(c, NODES_CPUS, NUMBER, "allocatable CPUs of all schedulable nodes");
    value(c, NODES_MEMORY, NUMBER, "allocatable memory of all schedulable nodes, MiB");
    value(c, NODES_HUGEPAGE_SIZES, LIST, "hugepage sizes schedulable nodes offer");
    value(c, NODES_ROLES, LIST, "node roles");
    value(c, NODES_ARCHITECTURES, LIST, "node CPU architectures");
    value(c, NODES_KERNELS, LIST, "node kernel versions");
    value(c, NODES_OS_IMAGES, LIST, "node operating system images");
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
