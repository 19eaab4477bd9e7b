package io.kubelift.plan;

import static org.assertj.core.api.Assertions.assertThat;

import io.fabric8.kubernetes.api.model.GenericKubernetesResource;
import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.Service;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The seed plans, byte for byte, against golden files checked by hand: without a target cluster under
 * {@code src/test/resources/golden/plan/}, for {@code fixtures/clusters/kubevirt-full.yaml} under
 * {@code src/test/resources/golden/plan-full/}. Regenerate after a deliberate change with
 * {@code mvn test -Dtest=GoldenPlanTest -Dkubelift.updateGolden=true}, then review the diff before committing.
 */
class GoldenPlanTest {
  private static final Path GOLDEN = Path.of("src/test/resources/golden");
  private static final boolean UPDATE = Boolean.getBoolean("kubelift.updateGolden");

  static Stream<Arguments> plans() {
    List<Arguments> out = new ArrayList<>();
    SeedPlans.plan().plans().forEach(p -> out.add(Arguments.of("plan/" + p.dir(), GOLDEN.resolve("plan"), p)));
    SeedPlans.plan(PlanOptions.defaults(), SeedPlans.cluster("kubevirt-full")).plans()
        .forEach(p -> out.add(Arguments.of("plan-full/" + p.dir(), GOLDEN.resolve("plan-full"), p)));
    return out.stream();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("plans")
  void plan_matches_its_golden_files(String name, Path root, AppPlan plan) throws IOException {
    Path dir = root.resolve(plan.dir());
    if (UPDATE) {
      PlanWriter.write(new Plan(List.of(plan)), root);
    }
    TreeSet<String> golden = new TreeSet<>();
    try (Stream<Path> files = Files.walk(dir)) {
      files.filter(Files::isRegularFile).forEach(f -> golden.add(dir.relativize(f).toString().replace('\\', '/')));
    }
    assertThat(golden).isEqualTo(new TreeSet<>(plan.files().keySet()));
    for (Map.Entry<String, String> f : plan.files().entrySet()) {
      assertThat(f.getValue()).as(f.getKey())
          .isEqualTo(Files.readString(dir.resolve(f.getKey()), StandardCharsets.UTF_8));
    }
  }

  @Test
  void plans_are_the_same_on_every_run() {
    assertThat(SeedPlans.plan().plans().stream().map(AppPlan::files).toList())
        .isEqualTo(SeedPlans.plan().plans().stream().map(AppPlan::files).toList());
  }

  @Test
  void three_tier_runs_frontend_and_app_as_replica_sets_on_container_disks_and_the_backend_on_data_volumes() {
    AppPlan p = SeedPlans.app(SeedPlans.plan(), "three-tier");
    GenericKubernetesResource web = object(p, "VirtualMachineInstanceReplicaSet", "web01");
    GenericKubernetesResource app = object(p, "VirtualMachineInstanceReplicaSet", "app01");
    GenericKubernetesResource db = object(p, "VirtualMachine", "db01");
    for (GenericKubernetesResource rs : List.of(web, app)) {
      assertThat((Integer) rs.get("spec", "replicas")).isEqualTo(2);
      assertThat(volumes(rs)).anyMatch(v -> v.containsKey("containerDisk"));
    }
    assertThat((String) db.get("spec", "runStrategy")).isEqualTo("Manual");
    assertThat(volumes(db)).hasSize(2).allMatch(v -> v.containsKey("dataVolume"));
    assertThat(p.objects()).filteredOn(o -> o.getKind().equals("DataVolume")).hasSize(2);
    assertThat(service(p, "three-tier-frontend").getSpec().getType()).isEqualTo("NodePort");
    assertThat(service(p, "app01").getSpec().getType()).isEqualTo("ClusterIP");
    assertThat(service(p, "db01").getSpec().getType()).isEqualTo("ClusterIP");
    assertThat(p.files()).containsKeys("containerdisks/web01-root.Containerfile",
        "containerdisks/app01-root.Containerfile");
    assertThat(p.files().get(AppPlan.RUNBOOK)).containsSubsequence("virtctl image-upload dv db01-root",
        "podman push", "kubectl apply -f 30-01-db01.yaml", "kubectl apply -f 30-02-app01.yaml",
        "kubectl apply -f 30-03-web01.yaml");
  }

  @Test
  void shared_nothing_ha_has_three_attachments_and_keeps_static_addresses() {
    AppPlan p = SeedPlans.app(SeedPlans.plan(), "ha-shared-nothing");
    assertThat(p.objects()).filteredOn(o -> o.getKind().equals("NetworkAttachmentDefinition")).hasSize(3)
        .allMatch(o -> config(o).contains("\"type\":\"macvlan\""));
    GenericKubernetesResource node1 = object(p, "VirtualMachine", "pgrex-node1");
    assertThat(node1.getMetadata().getAnnotations().get(VirtualMachineEnricher.STATIC_ADDRESSES))
        .contains("192.168.30.11/24", "192.168.31.11/24", "192.168.32.11/24");
    assertThat(p.files().get(AppPlan.RUNBOOK)).contains("`pgrex-node1` on `data-lan`: 192.168.31.11/24");
  }

  @Test
  void shared_disk_ha_is_blocked_with_a_runbook_and_no_manifests() {
    AppPlan p = SeedPlans.app(SeedPlans.plan(), "ha-shared-disk");
    assertThat(p.blocked()).isTrue();
    assertThat(p.objects()).isEmpty();
    assertThat(p.files()).containsOnlyKeys(AppPlan.RUNBOOK);
    assertThat(p.files().get(AppPlan.RUNBOOK)).contains("Blocked: no manifests were generated")
        .contains("HA-SHARED-DISK-UNFENCED").contains("*To unblock:*");
  }

  private static String config(HasMetadata nad) {
    Object config = ((GenericKubernetesResource) nad).get("spec", "config");
    return (String) config;
  }

  private static GenericKubernetesResource object(AppPlan p, String kind, String name) {
    return (GenericKubernetesResource) p.objects().stream()
        .filter(o -> o.getKind().equals(kind) && o.getMetadata().getName().equals(name)).findFirst().orElseThrow();
  }

  private static Service service(AppPlan p, String name) {
    HasMetadata s = p.objects().stream().filter(o -> o instanceof Service && o.getMetadata().getName().equals(name))
        .findFirst().orElseThrow();
    return (Service) s;
  }

  private static List<Map<String, Object>> volumes(GenericKubernetesResource r) {
    return r.get("spec", "template", "spec", "volumes");
  }
}
