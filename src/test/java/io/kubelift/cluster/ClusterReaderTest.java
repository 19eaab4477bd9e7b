package io.kubelift.cluster;

import static io.kubelift.rubric.ClusterFactNames.*;
import static org.assertj.core.api.Assertions.assertThat;

import io.kubelift.model.ClusterFacts;
import io.kubelift.rubric.Fact;
import io.kubelift.rubric.FactCatalogue;
import io.kubelift.rubric.Scope;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Reads fabric8 mock clusters and checks the facts, the reasons for unknown ones, and that it only reads. */
class ClusterReaderTest {
  private static ClusterFacts read(MockCluster c) {
    return ClusterReader.read(c.client, "mock");
  }

  @Test
  void a_bare_cluster_has_no_kubevirt_cdi_multus_or_fencing() {
    try (MockCluster c = MockCluster.bare().ready()) {
      ClusterFacts f = read(c);
      assertThat(f.get(K8S_VERSION)).isEqualTo("1.30.2");
      assertThat(f.get(KUBEVIRT_INSTALLED)).isEqualTo(false);
      assertThat(f.get(CDI_INSTALLED)).isEqualTo(false);
      assertThat(f.get(MULTUS)).isEqualTo(false);
      assertThat(f.get(FENCING)).isEqualTo(false);
      assertThat(f.get(LIVE_MIGRATION)).isEqualTo(false);
      assertThat(f.get(NODES)).isEqualTo(2L);
      assertThat(f.get(NODES_UNSCHEDULABLE)).isEqualTo(1L);
      assertThat(f.get(NODES_KVM)).isEqualTo(0L);
      assertThat(f.get(NODES_CPUS)).isEqualTo(24L);
      assertThat(f.get(NODES_MEMORY)).isEqualTo(96L * 1024);
      assertThat(f.get(NODES_MAX_CPUS)).isEqualTo(16L);
      assertThat(f.get(NODES_MAX_MEMORY)).isEqualTo(64L * 1024);
      assertThat(f.get(NODES_ROLES)).isEqualTo(List.of("control-plane", "worker"));
      assertThat(f.get(DEFAULT_CLASS)).isEqualTo("local-path");
      assertThat(f.unknownReasons().get(KUBEVIRT_VERSION)).isEqualTo("KubeVirt is not installed");
      // Without CDI's StorageProfiles nothing tells the access modes of local-path: unknown, not false.
      assertThat(f.get(RWX)).isNull();
      assertThat(f.unknownReasons().get(RWX)).contains("local-path");
      assertThat(f.unknownReasons().get(DEDICATED_CPUS)).contains("cpumanager");
    }
  }

  @Test
  void kubevirt_cdi_multus_and_rwx_block_storage_are_read_from_their_resources() {
    try (MockCluster c = MockCluster.basic().ready()) {
      ClusterFacts f = read(c);
      assertThat(f.get(KUBEVIRT_INSTALLED)).isEqualTo(true);
      assertThat(f.get(KUBEVIRT_PHASE)).isEqualTo("Deployed");
      assertThat(f.get(KUBEVIRT_VERSION)).isEqualTo("1.3.1");
      assertThat(f.get(KUBEVIRT_MIGRATIONS)).isEqualTo(List.of("bandwidthPerMigration=64Mi",
          "parallelMigrationsPerCluster=5"));
      assertThat(f.get(LIVE_MIGRATION)).as("GA since 0.56").isEqualTo(true);
      assertThat(f.get(CDI_INSTALLED)).isEqualTo(true);
      assertThat(f.get(CDI_VERSION)).isEqualTo("1.60.1");
      assertThat(f.get(CDI_UPLOAD_PROXY)).isEqualTo("cdi-uploadproxy.apps.example.test");
      assertThat(f.get(MULTUS)).isEqualTo(true);
      assertThat(f.get(MULTUS_NETWORKS)).isEqualTo(List.of("vm-net/service-lan"));
      assertThat(f.get(RWX)).isEqualTo(true);
      assertThat(f.get(RWX_BLOCK)).isEqualTo(true);
      assertThat(f.get(RWX_CLASSES)).isEqualTo(List.of("ceph-rbd"));
      assertThat(f.get(STORAGE_CLASSES)).isEqualTo(List.of(
          "ceph-rbd: rbd.csi.ceph.com, Immediate, ReadWriteMany/Block ReadWriteOnce/Filesystem",
          "local-path: rancher.io/local-path, WaitForFirstConsumer, default, ReadWriteOnce/Filesystem"));
      assertThat(f.get(NODES_KVM)).isEqualTo(2L);
      assertThat(f.get(DEDICATED_CPUS)).isEqualTo(false);
      assertThat(f.get(HOST_DEVICES)).isEqualTo(false);
      assertThat(f.get(FENCING)).isEqualTo(false);
      assertThat(f.get(SRIOV)).isEqualTo(false);
      assertThat(f.get(SNAPSHOTS)).isEqualTo(false);
    }
  }

  @Test
  void fencing_is_available_where_a_node_health_check_uses_an_existing_fencing_template() {
    try (MockCluster c = MockCluster.fenced().ready()) {
      ClusterFacts f = read(c);
      assertThat(f.get(FENCING)).isEqualTo(true);
      assertThat(f.get(FENCING_KINDS)).isEqualTo(List.of("FenceAgentsRemediation", "SelfNodeRemediation"));
      assertThat(f.get(NODE_HEALTH_CHECKS)).isEqualTo(2L);
    }
  }

  @Test
  void a_full_cluster_decides_every_cluster_fact() {
    try (MockCluster c = MockCluster.full().ready()) {
      ClusterFacts f = read(c);
      assertThat(f.get(SRIOV)).isEqualTo(true);
      assertThat(f.get(HUGEPAGES)).isEqualTo(true);
      assertThat(f.get(NODES_HUGEPAGE_SIZES)).isEqualTo(List.of("1Gi"));
      assertThat(f.get(DEDICATED_CPUS)).isEqualTo(true);
      assertThat(f.get(HOST_DEVICES)).isEqualTo(true);
      assertThat(f.get(KUBEVIRT_HOST_DEVICES)).isEqualTo(List.of("nvidia.com/TU104GL_Tesla_T4"));
      assertThat(f.get(PERSISTENT_RESERVATION)).isEqualTo(true);
      assertThat(f.get(SNAPSHOT_CLASSES)).isEqualTo(List.of("ceph-rbd-snapclass"));
      assertThat(f.get(INSTANCETYPES)).isEqualTo(2L);
      assertThat(f.get(PREFERENCES)).isEqualTo(1L);
      assertThat(f.get(NODE_MAINTENANCE)).isEqualTo(true);
      assertThat(f.get(NODES)).isEqualTo(3L);
      assertThat(f.get(NODES_MAX_CPUS)).isEqualTo(32L);
      assertThat(f.unknownReasons()).isEmpty();
      for (Fact fact : FactCatalogue.standard().all()) {
        if (fact.scope() == Scope.CLUSTER) {
          assertThat(f.facts()).as(fact.name()).containsKey(fact.name());
        }
      }
    }
  }

  @Test
  void items_the_caller_may_not_list_are_unknown_with_the_reason() {
    try (MockCluster c = MockCluster.basic().forbid("/api/v1/nodes")
        .forbid("/apis/storage.k8s.io/v1/storageclasses")
        .forbid("/apis/remediation.medik8s.io/v1alpha1/nodehealthchecks").ready()) {
      ClusterFacts f = read(c);
      assertThat(f.get(KUBEVIRT_INSTALLED)).isEqualTo(true);
      assertThat(f.get(NODES)).isNull();
      assertThat(f.unknownReasons().get(NODES)).isEqualTo("cannot list nodes: forbidden (HTTP 403)");
      assertThat(f.unknownReasons().get(HUGEPAGES)).isEqualTo("cannot list nodes: forbidden (HTTP 403)");
      assertThat(f.unknownReasons().get(RWX)).isEqualTo("cannot list storageclasses.storage.k8s.io: forbidden "
          + "(HTTP 403)");
      // The NodeHealthCheck kind is not served on this cluster, so its listing is never attempted.
      assertThat(f.get(FENCING)).isEqualTo(false);
    }
  }

  @Test
  void a_caller_who_may_not_list_node_health_checks_leaves_fencing_unknown() {
    try (MockCluster c = MockCluster.fenced().forbid("/apis/remediation.medik8s.io/v1alpha1/nodehealthchecks")
        .ready()) {
      ClusterFacts f = read(c);
      assertThat(f.get(FENCING)).isNull();
      assertThat(f.unknownReasons().get(FENCING)).contains("nodehealthchecks.remediation.medik8s.io", "403");
    }
  }

  @Test
  void without_discovery_every_custom_kind_is_unknown_but_nodes_are_read() {
    try (MockCluster c = MockCluster.full().forbid("/apis").ready()) {
      ClusterFacts f = read(c);
      assertThat(f.get(NODES)).isEqualTo(3L);
      for (String name : List.of(KUBEVIRT_INSTALLED, CDI_INSTALLED, MULTUS, SRIOV, FENCING, SNAPSHOTS)) {
        assertThat(f.unknownReasons().get(name)).as(name).isEqualTo("cannot discover API groups: forbidden (HTTP 403)");
      }
    }
  }

  @Test
  void kubevirt_crds_without_a_kubevirt_resource_mean_not_installed_and_say_so() {
    try (MockCluster c = MockCluster.bare().crd(KubeVirtFacts.GROUP, "v1", "KubeVirt", true).ready()) {
      ClusterFacts f = read(c);
      assertThat(f.get(KUBEVIRT_INSTALLED)).isEqualTo(false);
      assertThat(f.unknownReasons().get(KUBEVIRT_VERSION))
          .isEqualTo("KubeVirt's CRDs are installed, but there is no KubeVirt resource");
    }
  }

  @Test
  void malformed_custom_resources_leave_facts_unknown_rather_than_failing() {
    try (MockCluster c = MockCluster.bare().crd(KubeVirtFacts.GROUP, "v1", "KubeVirt", true)
        .resource(KubeVirtFacts.GROUP, "KubeVirt", "kubevirt", "kubevirt", Map.of(
            "spec", Map.of("configuration", Map.of("developerConfiguration",
                Map.of("featureGates", "LiveMigration"), "permittedHostDevices", List.of(1, 2))),
            "status", Map.of("phase", 42)))
        .ready()) {
      ClusterFacts f = read(c);
      assertThat(f.get(KUBEVIRT_INSTALLED)).isEqualTo(false);
      assertThat(f.unknownReasons().get(KUBEVIRT_PHASE)).isEqualTo("the KubeVirt resource reports no phase");
      assertThat(f.get(KUBEVIRT_GATES)).isEqualTo(List.of());
      assertThat(f.get(HOST_DEVICES)).isEqualTo(false);
    }
  }

  @Test
  void the_reader_sends_nothing_but_get_requests() {
    try (MockCluster c = MockCluster.full().ready()) {
      read(c);
      List<String> requests = c.drain();
      assertThat(requests).isNotEmpty().allMatch(r -> r.startsWith("GET "));
      assertThat(requests).contains("GET /api/v1/nodes", "GET /apis", "GET /version");
    }
  }
}
