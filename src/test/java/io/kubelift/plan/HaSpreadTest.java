package io.kubelift.plan;

import static io.kubelift.rubric.ClusterFactNames.NODES_KVM;
import static org.assertj.core.api.Assertions.assertThat;

import io.fabric8.kubernetes.api.model.GenericKubernetesResource;
import io.fabric8.kubernetes.api.model.HasMetadata;
import io.kubelift.model.ClusterFacts;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** HA members are kept on different nodes; scalable tiers spread; a target with too few nodes is told. */
class HaSpreadTest {
  private static final ClusterFacts FULL = SeedPlans.cluster("kubevirt-full");

  @Test
  void every_member_of_an_ha_application_requires_a_node_of_its_own() {
    AppPlan p = SeedPlans.app(SeedPlans.plan(), "ha-shared-nothing");
    List<HasMetadata> vms = kind(p, "VirtualMachine");
    assertThat(vms).hasSize(2).allSatisfy(vm -> assertThat(affinity(vm)).isEqualTo(Map.of("podAntiAffinity",
        Map.of("requiredDuringSchedulingIgnoredDuringExecution", List.of(Map.of(
            "labelSelector", Map.of("matchLabels", Map.of("app.kubernetes.io/part-of", "ha-shared-nothing")),
            "topologyKey", "kubernetes.io/hostname"))))));
  }

  @Test
  void a_scalable_tier_prefers_to_spread_and_a_single_backend_gets_no_affinity() {
    AppPlan p = SeedPlans.app(SeedPlans.plan(), "three-tier");
    assertThat(kind(p, "VirtualMachineInstanceReplicaSet")).isNotEmpty().allSatisfy(rs ->
        assertThat(affinity(rs)).containsOnlyKeys("podAntiAffinity")
            .extracting(a -> ((Map<?, ?>) a.get("podAntiAffinity")).keySet())
            .isEqualTo(java.util.Set.of("preferredDuringSchedulingIgnoredDuringExecution")));
    assertThat(kind(p, "VirtualMachine")).singleElement().satisfies(vm -> assertThat(affinity(vm)).isNull());
  }

  @Test
  void the_runbook_says_when_the_target_has_fewer_kvm_nodes_than_members() {
    String enough = runbook(FULL);
    assertThat(enough).contains("must run on different nodes").doesNotContain("fewer than 2");
    String tooFew = runbook(SeedPlans.with(FULL, Map.of(NODES_KVM, 1)));
    assertThat(tooFew).contains("The target has 1 schedulable node(s) with KVM, fewer than 2: the members beyond "
        + "that stay Pending until nodes are added.");
  }

  private static String runbook(ClusterFacts cluster) {
    return SeedPlans.app(SeedPlans.plan(PlanOptions.defaults(), cluster), "ha-shared-nothing").files()
        .get(AppPlan.RUNBOOK);
  }

  private static List<HasMetadata> kind(AppPlan p, String kind) {
    return p.objects().stream().filter(o -> o.getKind().equals(kind)).toList();
  }

  @SuppressWarnings("unchecked")
  private static Map<String, Object> affinity(HasMetadata o) {
    Map<String, Object> spec = (Map<String, Object>) ((GenericKubernetesResource) o).getAdditionalProperties()
        .get("spec");
    Map<String, Object> template = (Map<String, Object>) spec.get("template");
    return (Map<String, Object>) ((Map<String, Object>) template.get("spec")).get("affinity");
  }
}
