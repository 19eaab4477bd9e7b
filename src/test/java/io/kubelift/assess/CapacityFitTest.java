package io.kubelift.assess;

import static org.assertj.core.api.Assertions.assertThat;

import io.kubelift.inventory.NativeInventoryReader;
import io.kubelift.model.ClusterFacts;
import io.kubelift.model.Vm;
import io.kubelift.rubric.Rubric;
import io.kubelift.rubric.RubricLoader;
import io.kubelift.source.SafeYaml;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Capacity fit: demand against allocatable capacity and the largest node, three-valued where sizes are unknown. */
class CapacityFitTest {
  private static final Rubric RUBRIC = RubricLoader.load(Path.of("rubrics/kubevirt"));
  private static final Assessor ASSESSOR = new Assessor(RUBRIC);
  private static final ClusterFacts TWO_NODES = new ClusterFacts("test", Map.of("cluster.nodes.totalCpus", 24L,
      "cluster.nodes.totalMemoryMiB", 98304L, "cluster.nodes.maxCpus", 16L, "cluster.nodes.maxMemoryMiB", 65536L));

  private static Assessment assessment(ClusterFacts cluster, String vms) {
    String doc = "kubelift: inventory/v1\nvms:\n" + vms;
    List<Vm> read = new NativeInventoryReader().read(SafeYaml.parse(doc.getBytes(StandardCharsets.UTF_8), "t.yaml",
        false)).vms();
    List<VmAssessment> out = new ArrayList<>();
    read.forEach(v -> out.add(ASSESSOR.assess(v, cluster)));
    return new Assessment(RUBRIC, List.of(), cluster, out, List.of());
  }

  @Test
  void demand_counts_replicas_and_is_weighed_against_allocatable_capacity() {
    CapacityFit f = CapacityFit.of(assessment(TWO_NODES, "  - {name: web, cpus: 2, memoryMiB: 2048, "
        + "workload: {replicas: 3}}\n  - {name: db, cpus: 8, memoryMiB: 32768}\n"));
    assertThat(f.demandCpus()).isEqualTo(14);
    assertThat(f.demandMemoryMiB()).isEqualTo(6144 + 32768);
    assertThat(f.fits()).isTrue();
    assertThat(f.cpuShare()).isEqualTo(0.58);
    assertThat(f.memoryShare()).isEqualTo(0.4);
    assertThat(f.tooLarge()).isEmpty();
  }

  @Test
  void a_vm_larger_than_the_largest_node_is_named_even_when_the_total_fits() {
    CapacityFit f = CapacityFit.of(assessment(TWO_NODES, "  - {name: big, cpus: 20, memoryMiB: 4096}\n"));
    assertThat(f.fits()).isTrue();
    assertThat(f.tooLarge()).containsExactly("big");
  }

  @Test
  void a_vm_of_unknown_size_leaves_the_fit_unknown_unless_the_rest_already_exceeds() {
    CapacityFit unknown = CapacityFit.of(assessment(TWO_NODES, "  - {name: a, cpus: 4, memoryMiB: 4096}\n"
        + "  - {name: b}\n"));
    assertThat(unknown.fits()).isNull();
    assertThat(unknown.unsized()).containsExactly("b");
    CapacityFit exceeds = CapacityFit.of(assessment(TWO_NODES, "  - {name: a, cpus: 40, memoryMiB: 4096}\n"
        + "  - {name: b}\n"));
    assertThat(exceeds.fits()).isFalse();
  }

  @Test
  void without_cluster_capacity_nothing_is_concluded() {
    CapacityFit f = CapacityFit.of(assessment(ClusterFacts.unknown(), "  - {name: a, cpus: 400, memoryMiB: 1}\n"));
    assertThat(f.fits()).isNull();
    assertThat(f.cpuShare()).isNull();
    assertThat(f.tooLarge()).isEmpty();
    assertThat(f.demandCpus()).isEqualTo(400);
  }
}
