package io.kubelift.plan;

import static io.kubelift.rubric.ClusterFactNames.CDI_INSTALLED;
import static io.kubelift.rubric.ClusterFactNames.MULTUS;
import static io.kubelift.rubric.ClusterFactNames.RWX;
import static org.assertj.core.api.Assertions.assertThat;

import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.rbac.Role;
import io.kubelift.model.ClusterFacts;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** What the runbook says about the target cluster: step 1, a missing Multus, and fencing for guest clusters. */
class ClusterRunbookTest {
  private static final ClusterFacts FULL = SeedPlans.cluster("kubevirt-full");

  @Test
  void step_one_states_what_was_found_and_leaves_nothing_to_check_when_everything_needed_is_known() {
    String runbook = runbook(FULL, "ha-shared-nothing");
    String step1 = step(runbook, 1);
    assertThat(step1).contains("- KubeVirt: 1.3.1, phase Deployed", "- CDI: 1.60.1",
        "default class `local-path`; ReadWriteMany: `ceph-rbd`, with Block volumes", "- Multus: installed",
        "- Node fencing: FenceAgentsRemediation, SelfNodeRemediation", "nothing is left to check")
        .doesNotContain("```");
  }

  @Test
  void step_one_lists_only_the_checks_on_facts_that_are_unknown() {
    ClusterFacts partial = SeedPlans.with(FULL, Map.of(), CDI_INSTALLED, MULTUS);
    String step1 = step(runbook(partial, "ha-shared-nothing"), 1);
    assertThat(step1).contains("- CDI: unknown (not read)", "- Multus: unknown (not read)", "kubectl get cdi",
        "kubectl get crd network-attachment-definitions.k8s.cni.cncf.io").doesNotContain("kubectl get kubevirt")
        .doesNotContain("kubectl get storageclass").doesNotContain("kubectl get nodehealthchecks");
  }

  @Test
  void without_multus_the_networks_wait_for_it_and_step_one_says_to_install_it_first() {
    ClusterFacts noMultus = SeedPlans.with(FULL, Map.of(MULTUS, false));
    AppPlan p = SeedPlans.app(SeedPlans.plan(PlanOptions.defaults(), noMultus), "ha-shared-nothing");
    String runbook = p.files().get(AppPlan.RUNBOOK);
    assertThat(step(runbook, 1)).contains("- Multus: **not installed**: the secondary networks of this plan need it. "
        + "Install Multus and the CNI plugins they use (macvlan) before creating them")
        .contains("network-attachment-definitions.k8s.cni.cncf.io   # Multus installed (after installing it)");
    assertThat(step(runbook, 2)).startsWith("### 2. Create the secondary networks, once Multus is installed");
    assertThat(p.objects()).filteredOn(o -> o.getKind().equals("NetworkAttachmentDefinition")).hasSize(3);
  }

  @Test
  void shared_disk_ha_where_the_target_fences_gets_its_manifests_and_a_fencing_step_for_a_person() {
    AppPlan p = SeedPlans.app(SeedPlans.plan(PlanOptions.defaults(), FULL), "ha-shared-disk");
    assertThat(p.blocked()).isFalse();
    assertThat(p.files()).containsKey(FencingEnricher.FILE);
    Role role = (Role) object(p, "Role", "ha-shared-disk-fencing");
    assertThat(role.getRules()).anySatisfy(r -> {
      assertThat(r.getApiGroups()).containsExactly("subresources.kubevirt.io");
      assertThat(r.getResources()).containsExactly("virtualmachines/start", "virtualmachines/stop");
      assertThat(r.getResourceNames()).containsExactly("hasd-node1", "hasd-node2");
    });
    String runbook = p.files().get(AppPlan.RUNBOOK);
    assertThat(runbook).contains("Set up fencing for the guest cluster (a person decides and tests)",
        "FenceAgentsRemediation, SelfNodeRemediation through NodeHealthChecks",
        "pcs stonith create fence-hasd-node1 fence_kubevirt namespace=NAMESPACE",
        "port=hasd-node2 pcmk_host_list=NODE-NAME-OF-hasd-node2", "test failover before going live");
  }

  @Test
  void shared_disk_ha_where_the_target_cannot_fence_stays_blocked_with_why_and_what_would_unblock() {
    AppPlan p = SeedPlans.app(SeedPlans.plan(PlanOptions.defaults(), SeedPlans.cluster("kubevirt-basic")),
        "ha-shared-disk");
    assertThat(p.blocked()).isTrue();
    assertThat(p.files()).containsOnlyKeys(AppPlan.RUNBOOK);
    assertThat(p.files().get(AppPlan.RUNBOOK)).contains("Blocked: no manifests were generated",
        "HA-SHARED-DISK-UNFENCED", "*To unblock:*", "FenceAgentsRemediation");
  }

  @Test
  void a_target_known_not_to_fence_is_said_in_the_fencing_step_of_a_plan_that_is_not_blocked() {
    String runbook = runbook(SeedPlans.cluster("kubevirt-basic"), "ha-shared-nothing");
    assertThat(runbook).contains("The target fences no failed node", "Configure a NodeHealthCheck");
  }

  @Test
  void without_cluster_facts_there_is_no_fencing_identity_and_the_findings_say_what_to_do() {
    AppPlan p = SeedPlans.app(SeedPlans.plan(), "ha-shared-nothing");
    assertThat(p.files()).doesNotContainKey(FencingEnricher.FILE);
    assertThat(p.files().get(AppPlan.RUNBOOK)).contains("HA-STONITH").doesNotContain("pcs stonith create");
  }

  @Test
  void storage_the_target_cannot_migrate_on_is_explained_in_the_runbook() {
    ClusterFacts rwoOnly = SeedPlans.with(FULL, Map.of(RWX, false, "cluster.storage.rwxBlock", false,
        "cluster.storage.rwxClasses", List.of(), "cluster.storage.classes",
        List.of("local-path: rancher.io/local-path, WaitForFirstConsumer, default, ReadWriteOnce/Filesystem")));
    assertThat(runbook(rwoOnly, "monolithic")).contains("mono-app01: no storage class of the target offers "
        + "ReadWriteMany, so its DataVolumes are ReadWriteOnce and it cannot live-migrate: node drains restart it.");
    ClusterFacts unknownRwx = SeedPlans.with(FULL, Map.of("cluster.storage.classes",
        List.of("local-path: rancher.io/local-path, WaitForFirstConsumer, default, access modes unknown")),
        RWX, "cluster.storage.rwxBlock", "cluster.storage.rwxClasses");
    assertThat(runbook(unknownRwx, "monolithic")).contains("mono-app01: it could live-migrate, but it is unknown "
        + "whether any storage class offers ReadWriteMany (not read); so DataVolume(s) mono-app01-disk1 are "
        + "ReadWriteOnce and node drains restart it on another node instead of migrating it.")
        .contains("kubectl get storageprofiles");
  }

  @Test
  void plans_for_a_cluster_are_the_same_on_every_run() {
    assertThat(SeedPlans.plan(PlanOptions.defaults(), FULL).plans().stream().map(AppPlan::files).toList())
        .isEqualTo(SeedPlans.plan(PlanOptions.defaults(), FULL).plans().stream().map(AppPlan::files).toList());
  }

  private static String runbook(ClusterFacts cluster, String app) {
    return SeedPlans.app(SeedPlans.plan(PlanOptions.defaults(), cluster), app).files().get(AppPlan.RUNBOOK);
  }

  /** Step {@code n} of a runbook, from its heading to the next. */
  static String step(String runbook, int n) {
    int from = runbook.indexOf("### " + n + ". ");
    int to = runbook.indexOf("\n### " + (n + 1) + ". ", from);
    return runbook.substring(from, to < 0 ? runbook.length() : to);
  }

  private static HasMetadata object(AppPlan p, String kind, String name) {
    return p.objects().stream().filter(o -> o.getKind().equals(kind) && o.getMetadata().getName().equals(name))
        .findFirst().orElseThrow();
  }
}
