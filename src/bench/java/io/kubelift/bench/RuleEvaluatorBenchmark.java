package io.kubelift.bench;

import io.kubelift.assess.Assessor;
import io.kubelift.assess.VmAssessment;
import io.kubelift.inventory.InventoryLoader;
import io.kubelift.inventory.InventoryReaders;
import io.kubelift.model.ClusterFacts;
import io.kubelift.model.Vm;
import io.kubelift.rubric.Finding;
import io.kubelift.rubric.Rubric;
import io.kubelift.rubric.RubricLoader;
import io.kubelift.rubric.RuleEvaluator;
import io.kubelift.rubric.Tally;
import io.kubelift.synthetic.SyntheticEstate;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
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
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;

/**
 * VM evaluations per second on one core with the default rubric: every VM rule, the aggregation into four
 * grades, confidence and live-migratability ({@code *_vm}), or the rubric evaluation alone ({@code *_rules_only}).
 * The VMs are the seed use cases (fully known), VMs of the synthetic RVTools estate that the 100,000-VM benchmark
 * reads, and sparse VMs with many disks and NICs (many unknown facts, which cost more: undecided findings name
 * their missing facts).
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 8, time = 1)
@Measurement(iterations = 10, time = 1)
// A fixed heap, touched when the JVM starts. On this machine (a Firecracker VM) the first touch of a page costs some
// 25 µs, and an evaluation allocates about 1.5 kB: while the collector kept growing the heap into fresh pages, the
// fork took 30,000 page faults a second and ran whole seconds at a quarter of its speed (75,000 against 300,000),
// which measured the sandbox, not the evaluator. Three forks, as the JIT does not compile alike in every JVM.
@Fork(value = 3, jvmArgsAppend = {"-Xms1g", "-Xmx1g", "-XX:+AlwaysPreTouch"})
@Threads(1)
public class RuleEvaluatorBenchmark {
  private Assessor assessor;
  private RuleEvaluator evaluator;
  private List<Vm> known;
  private List<Vm> sparse;
  private List<Vm> estate;
  private static final int ESTATE_VMS = 1000;
  /** One cluster for every VM, as in a run. */
  private final ClusterFacts cluster = ClusterFacts.unknown();
  private int i;
  private Path dir;

  @Setup
  public void setUp() {
    Rubric rubric = RubricLoader.load(Path.of("rubrics/kubevirt"));
    assessor = new Assessor(rubric);
    evaluator = new RuleEvaluator(rubric);
    known = new InventoryLoader(InventoryReaders.standard(), null).load(List.of(Path.of("fixtures/seed"))).vms();
    sparse = SyntheticVms.sparse(64, 42);
    try {
      dir = Files.createTempDirectory("kubelift-jmh");
      estate = new InventoryLoader(InventoryReaders.standard(), null)
          .load(List.of(SyntheticEstate.writeCsv(dir, ESTATE_VMS, 7))).vms();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @TearDown
  public void tearDown() throws IOException {
    try (Stream<Path> files = Files.walk(dir)) {
      for (Path p : files.sorted(Comparator.reverseOrder()).toList()) {
        Files.delete(p);
      }
    }
  }

  @Benchmark
  public VmAssessment fully_known_vm() {
    return assessor.assess(known.get(Math.floorMod(i++, known.size())), cluster);
  }

  /**
   * VMs of the seeded synthetic RVTools estate the 100,000-VM benchmark reads (mostly one to three disks and one
   * NIC), read through the RVTools reader: the estate the targets speak of.
   */
  @Benchmark
  public VmAssessment estate_vm() {
    return assessor.assess(estate.get(Math.floorMod(i++, estate.size())), cluster);
  }

  /** Sparse VMs with many elements (1–12 disks and 1–6 NICs, evenly): a harder case than a real estate. */
  @Benchmark
  public VmAssessment sparse_vm() {
    return assessor.assess(sparse.get(i++ & 63), cluster);
  }

  /**
   * The rubric evaluation alone on a VM of the synthetic estate: its facts read (and counted, for confidence) and
   * every VM rule evaluated into findings; no grades, live-migratability or assessment record.
   */
  @Benchmark
  public List<Finding> estate_vm_rules_only() {
    return evaluator.evaluate(estate.get(Math.floorMod(i++, estate.size())), cluster);
  }

  /**
   * Reading alone: the subject of a VM of the synthetic estate made (every fact the rules consult read and counted),
   * no rule evaluated; what {@code estate_vm_rules_only} spends beyond it is the rules.
   */
  @Benchmark
  public Tally estate_vm_facts_only() {
    return evaluator.subject(estate.get(Math.floorMod(i++, estate.size())), cluster).tally();
  }

  /** The same on a sparse VM with many disks and NICs. */
  @Benchmark
  public List<Finding> sparse_vm_rules_only() {
    return evaluator.evaluate(sparse.get(i++ & 63), cluster);
  }
}
