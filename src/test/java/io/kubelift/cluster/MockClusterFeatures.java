package io.kubelift.cluster;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * What the mock clusters carry, in the shapes the real operators use: the KubeVirt and CDI resources with their
 * status, CDI StorageProfiles, Multus attachments, medik8s NodeHealthChecks and remediation templates.
 */
final class MockClusterFeatures {
  private MockClusterFeatures() {}

  static MockCluster basic(MockCluster c) {
    return network(storage(kubevirt(workers(c, false), List.of(), null)));
  }

  static MockCluster fencing(MockCluster c) {
    c.crd(FencingFacts.NHC_GROUP, "v1alpha1", "NodeHealthCheck", false)
        .crd(FencingFacts.SNR_GROUP, "v1alpha1", "SelfNodeRemediationTemplate", true)
        .crd(FencingFacts.FAR_GROUP, "v1alpha1", "FenceAgentsRemediationTemplate", true)
        .resource(FencingFacts.FAR_GROUP, "FenceAgentsRemediationTemplate", "medik8s", "far-ipmi",
            Map.of("spec", Map.of("template", Map.of("spec", Map.of("agent", "fence_ipmilan")))))
        .resource(FencingFacts.SNR_GROUP, "SelfNodeRemediationTemplate", "medik8s", "snr-resource-deletion",
            Map.of("spec", Map.of("template", Map.of("spec", Map.of("remediationStrategy", "ResourceDeletion")))));
    Map<String, Object> far = template(FencingFacts.FAR_GROUP, "FenceAgentsRemediationTemplate", "far-ipmi");
    Map<String, Object> snr = template(FencingFacts.SNR_GROUP, "SelfNodeRemediationTemplate",
        "snr-resource-deletion");
    return c.resource(FencingFacts.NHC_GROUP, "NodeHealthCheck", null, "workers",
            Map.of("spec", Map.of("minHealthy", "51%", "remediationTemplate", far)))
        .resource(FencingFacts.NHC_GROUP, "NodeHealthCheck", null, "workers-escalating",
            Map.of("spec", Map.of("escalatingRemediations",
                List.of(Map.of("remediationTemplate", snr, "order", 0, "timeout", "300s")))));
  }

  /** Everything {@link MockCluster#full()} offers, on a bare cluster, with a third, larger worker. */
  static MockCluster full(MockCluster c) {
    Map<String, Object> permitted = Map.of("pciHostDevices", List.of(
        Map.of("pciVendorSelector", "10DE:1EB8", "resourceName", "nvidia.com/TU104GL_Tesla_T4")));
    kubevirt(workers(c, true), List.of("HostDevices", "PersistentReservation", "VMPersistentState"), permitted);
    fencing(network(storage(c)));
    c.node("worker-3", "32", "128Gi", Map.of(NodeFacts.KVM, "1k"), Map.of("node-role.kubernetes.io/worker", "",
        NodeFacts.CPU_MANAGER_LABEL, "true"), false);
    return c.crd(NetworkFacts.SRIOV_GROUP, "v1", "SriovNetworkNodePolicy", true)
        .resource(NetworkFacts.SRIOV_GROUP, "SriovNetworkNodePolicy", "sriov-network-operator", "intel-xxv710",
            Map.of("spec", Map.of("resourceName", "intel_sriov_netdevice", "numVfs", 8)))
        .crd(FencingFacts.NMO_GROUP, "v1beta1", "NodeMaintenance", false)
        .crd(StorageFacts.SNAPSHOT_GROUP, "v1", "VolumeSnapshotClass", false)
        .resource(StorageFacts.SNAPSHOT_GROUP, "VolumeSnapshotClass", null, "ceph-rbd-snapclass",
            Map.of("driver", "rbd.csi.ceph.com", "deletionPolicy", "Delete"))
        .crd(KubeVirtFacts.INSTANCETYPE_GROUP, "v1beta1", "VirtualMachineClusterInstancetype", false)
        .crd(KubeVirtFacts.INSTANCETYPE_GROUP, "v1beta1", "VirtualMachineClusterPreference", false)
        .resource(KubeVirtFacts.INSTANCETYPE_GROUP, "VirtualMachineClusterInstancetype", null, "u1.medium",
            Map.of("spec", Map.of("cpu", Map.of("guest", 1), "memory", Map.of("guest", "4Gi"))))
        .resource(KubeVirtFacts.INSTANCETYPE_GROUP, "VirtualMachineClusterInstancetype", null, "u1.large",
            Map.of("spec", Map.of("cpu", Map.of("guest", 2), "memory", Map.of("guest", "8Gi"))))
        .resource(KubeVirtFacts.INSTANCETYPE_GROUP, "VirtualMachineClusterPreference", null, "rhel.9",
            Map.of("spec", Map.of("devices", Map.of("preferredDiskBus", "virtio"))));
  }

  /** Workers as KubeVirt's handler labels them: KVM allocatable, the CPU manager label; hugepages if asked. */
  private static MockCluster workers(MockCluster c, boolean tuned) {
    Map<String, String> extra = new TreeMap<>(Map.of(NodeFacts.KVM, "1k"));
    Map<String, String> labels = new TreeMap<>(Map.of("node-role.kubernetes.io/worker", "",
        NodeFacts.CPU_MANAGER_LABEL, String.valueOf(tuned)));
    c.replaceNode("worker-1", "16", "64Gi", tuned ? withHugepages(extra) : extra, labels);
    return c.replaceNode("worker-2", "8", "32Gi", extra, labels);
  }

  private static Map<String, String> withHugepages(Map<String, String> extra) {
    Map<String, String> out = new TreeMap<>(extra);
    out.put("hugepages-1Gi", "16Gi");
    return out;
  }

  private static MockCluster kubevirt(MockCluster c, List<String> gates, Map<String, Object> permitted) {
    Map<String, Object> configuration = new LinkedHashMap<>();
    configuration.put("developerConfiguration", Map.of("featureGates", gates));
    configuration.put("migrations", Map.of("parallelMigrationsPerCluster", 5, "bandwidthPerMigration", "64Mi"));
    if (permitted != null) {
      configuration.put("permittedHostDevices", permitted);
    }
    return c.crd(KubeVirtFacts.GROUP, "v1", "KubeVirt", true)
        .crd(KubeVirtFacts.GROUP, "v1", "VirtualMachine", true)
        .resource(KubeVirtFacts.GROUP, "KubeVirt", "kubevirt", "kubevirt", Map.of(
            "spec", Map.of("configuration", configuration),
            "status", Map.of("phase", "Deployed", "observedKubeVirtVersion", "v1.3.1")))
        .crd(CdiFacts.GROUP, "v1beta1", "CDI", false)
        .crd(CdiFacts.GROUP, "v1beta1", "CDIConfig", false)
        .crd(CdiFacts.GROUP, "v1beta1", "DataVolume", true)
        .resource(CdiFacts.GROUP, "CDI", null, "cdi", Map.of("status",
            Map.of("phase", "Deployed", "observedVersion", "v1.60.1")))
        .resource(CdiFacts.GROUP, "CDIConfig", null, "config", Map.of("status",
            Map.of("uploadProxyURL", "cdi-uploadproxy.apps.example.test")));
  }

  /** A Ceph RBD class whose StorageProfile offers ReadWriteMany block volumes, beside local-path (RWO only). */
  private static MockCluster storage(MockCluster c) {
    return c.storageClass("ceph-rbd", "rbd.csi.ceph.com", "Immediate", false)
        .crd(CdiFacts.GROUP, "v1beta1", "StorageProfile", false)
        .resource(CdiFacts.GROUP, "StorageProfile", null, "ceph-rbd", Map.of("status", Map.of(
            "provisioner", "rbd.csi.ceph.com", "claimPropertySets", List.of(
                Map.of("accessModes", List.of("ReadWriteMany"), "volumeMode", "Block"),
                Map.of("accessModes", List.of("ReadWriteOnce"), "volumeMode", "Filesystem")))))
        .resource(CdiFacts.GROUP, "StorageProfile", null, "local-path", Map.of("status", Map.of(
            "provisioner", "rancher.io/local-path", "claimPropertySets", List.of(
                Map.of("accessModes", List.of("ReadWriteOnce"), "volumeMode", "Filesystem")))));
  }

  private static MockCluster network(MockCluster c) {
    return c.crd(NetworkFacts.MULTUS_GROUP, "v1", "NetworkAttachmentDefinition", true)
        .resource(NetworkFacts.MULTUS_GROUP, "NetworkAttachmentDefinition", "vm-net", "service-lan",
            Map.of("spec", Map.of("config", "{\"cniVersion\":\"0.3.1\",\"type\":\"bridge\",\"bridge\":\"br1\"}")));
  }

  private static Map<String, Object> template(String group, String kind, String name) {
    return Map.of("apiVersion", group + "/v1alpha1", "kind", kind, "name", name, "namespace", "medik8s");
  }
}
