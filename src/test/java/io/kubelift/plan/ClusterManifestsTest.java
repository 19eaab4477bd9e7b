package io.kubelift.plan;

import static org.assertj.core.api.Assertions.assertThat;

import io.fabric8.kubernetes.api.model.GenericKubernetesResource;
import io.kubelift.model.ClusterFacts;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The manifests follow what is known of the target: the shared disk on a class offering ReadWriteMany Block,
 * SR-IOV only with the operator, hugepages and dedicated CPUs only where the source needed them.
 */
class ClusterManifestsTest {
  @Test
  void the_shared_disk_is_one_rwx_block_data_volume_on_a_class_that_offers_it_shareable_in_both_vms() {
    AppPlan p = SeedPlans.app(SeedPlans.plan(PlanOptions.defaults(), SeedPlans.cluster("kubevirt-full")),
        "ha-shared-disk");
    GenericKubernetesResource dv = object(p, "DataVolume", "hasd-shared-data");
    List<String> access = dv.get("spec", "pvc", "accessModes");
    assertThat(access).containsExactly("ReadWriteMany");
    assertThat((String) dv.get("spec", "pvc", "volumeMode")).isEqualTo("Block");
    assertThat((String) dv.get("spec", "pvc", "storageClassName")).isEqualTo("ceph-rbd");
    assertThat(p.objects()).filteredOn(o -> o.getMetadata().getName().equals("hasd-shared-data")).hasSize(1);
    for (String vm : List.of("hasd-node1", "hasd-node2")) {
      List<Map<String, Object>> disks = object(p, "VirtualMachine", vm)
          .get("spec", "template", "spec", "domain", "devices", "disks");
      assertThat(disks).filteredOn(d -> d.get("name").equals("hasd-shared-data"))
          .singleElement().satisfies(d -> assertThat(d).containsEntry("shareable", true));
    }
  }

  @Test
  void sriov_attachments_only_where_the_target_has_the_operator() {
    AppPlan full = tuned(SeedPlans.cluster("kubevirt-full"));
    assertThat(config(full, "fast-lan")).contains("\"type\":\"sriov\"");
    assertThat(interfaces(full)).anySatisfy(i -> assertThat(i).containsKey("sriov"));
    AppPlan basic = tuned(SeedPlans.cluster("kubevirt-basic"));
    assertThat(config(basic, "fast-lan")).contains("\"type\":\"macvlan\"");
    assertThat(interfaces(basic)).noneSatisfy(i -> assertThat(i).containsKey("sriov"));
    assertThat(basic.files().get(AppPlan.RUNBOOK)).contains("NIC eth1 was SR-IOV, but the target has no SR-IOV "
        + "network operator");
  }

  @Test
  void hugepages_and_dedicated_cpus_are_requested_where_the_source_needed_them_and_the_target_may_offer_them() {
    Map<String, Object> full = domain(tuned(SeedPlans.cluster("kubevirt-full")));
    assertThat(full).extracting("cpu").asInstanceOf(org.assertj.core.api.InstanceOfAssertFactories.MAP)
        .containsEntry("dedicatedCpuPlacement", true);
    assertThat(full).extracting("memory").asInstanceOf(org.assertj.core.api.InstanceOfAssertFactories.MAP)
        .containsEntry("hugepages", Map.of("pageSize", "1Gi"));
    AppPlan basic = tuned(SeedPlans.cluster("kubevirt-basic"));
    assertThat(domain(basic).get("cpu")).isEqualTo(Map.of("cores", 4));
    assertThat(domain(basic).get("memory")).isEqualTo(Map.of("guest", "8192Mi"));
    assertThat(basic.files().get(AppPlan.RUNBOOK)).contains("no node of the target offers any",
        "no node of the target runs the static CPU manager policy");
    AppPlan none = tuned(ClusterFacts.unknown());
    assertThat(domain(none).get("cpu")).isEqualTo(Map.of("cores", 4, "dedicatedCpuPlacement", true));
    assertThat(domain(none).get("memory")).isEqualTo(Map.of("guest", "8192Mi"));
    assertThat(none.files().get(AppPlan.RUNBOOK)).contains("its memory was backed by hugepages, but whether the "
        + "target's nodes offer any is unknown: no target cluster was given");
  }

  @Test
  void the_seed_vms_that_needed_no_host_tuning_get_none() {
    for (AppPlan p : SeedPlans.plan(PlanOptions.defaults(), SeedPlans.cluster("kubevirt-full")).plans()) {
      for (var o : p.objects()) {
        if (o.getKind().equals("VirtualMachine")) {
          Map<String, Object> d = ((GenericKubernetesResource) o).get("spec", "template", "spec", "domain");
          assertThat(d.toString()).as(o.getMetadata().getName()).doesNotContain("hugepages", "dedicatedCpu");
        }
      }
    }
  }

  private static AppPlan tuned(ClusterFacts cluster) {
    Plan plan = new Planner(PlanOptions.defaults())
        .plan(SeedPlans.assessment(cluster, List.of(SeedPlans.TUNED)));
    return SeedPlans.app(plan, "tuned");
  }

  private static Map<String, Object> domain(AppPlan p) {
    return object(p, "VirtualMachine", "rt01").get("spec", "template", "spec", "domain");
  }

  private static List<Map<String, Object>> interfaces(AppPlan p) {
    return object(p, "VirtualMachine", "rt01").get("spec", "template", "spec", "domain", "devices", "interfaces");
  }

  private static String config(AppPlan p, String nad) {
    return object(p, "NetworkAttachmentDefinition", nad).get("spec", "config");
  }

  private static GenericKubernetesResource object(AppPlan p, String kind, String name) {
    return (GenericKubernetesResource) p.objects().stream()
        .filter(o -> o.getKind().equals(kind) && o.getMetadata().getName().equals(name)).findFirst().orElseThrow();
  }
}
