package io.kubelift.bench;

import io.kubelift.assess.Assessor;
import io.kubelift.assess.VmAssessment;
import io.kubelift.inventory.InventoryLoader;
import io.kubelift.inventory.InventoryReaders;
import io.kubelift.model.ClusterFacts;
import io.kubelift.model.Vm;
import io.kubelift.rubric.RubricLoader;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;

/**
 * VM evaluations per second on one core with the default rubric: every VM rule, the aggregation into four
 * grades, confidence and live-migratability. The VMs are the seed use cases (fully known) and sparse VMs of the
 * kind RVTools yields (many unknown facts, which cost more: UNKNOWN findings name their missing facts).
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 5, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
@Threads(1)
public class RuleEvaluatorBenchmark {
  private Assessor assessor;
  private List<Vm> known;
  private List<Vm> sparse;
  private int i;

  @Setup
  public void setUp() {
    assessor = new Assessor(RubricLoader.load(Path.of("rubrics/kubevirt")));
    known = new InventoryLoader(InventoryReaders.standard(), null).load(List.of(Path.of("fixtures/seed"))).vms();
    sparse = SyntheticVms.sparse(64, 42);
  }

  @Benchmark
  public VmAssessment fully_known_vm() {
    return assessor.assess(known.get(Math.floorMod(i++, known.size())), ClusterFacts.unknown());
  }

  @Benchmark
  public VmAssessment sparse_vm() {
    return assessor.assess(sparse.get(i++ & 63), ClusterFacts.unknown());
  }
}
