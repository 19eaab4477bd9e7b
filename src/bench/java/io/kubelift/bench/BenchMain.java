package io.kubelift.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.openjdk.jmh.results.BenchmarkResult;
import org.openjdk.jmh.results.IterationResult;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.options.OptionsBuilder;

/**
 * Entry point of {@code mvn -Pbench verify}: the estate benchmark (1k, 10k and 100k synthetic VMs, see
 * {@link EstateBench}), then the JMH micro-benchmark of the rubric evaluator. Arguments ({@code -Dbench.args=…}):
 * {@code --sizes=1000,10000} to choose sizes, {@code --runs=N} for the best of N, {@code --no-jmh},
 * {@code --no-estate}. The table is printed and written to {@code target/bench/results.md}.
 */
public final class BenchMain {
  private BenchMain() {}

  public static void main(String[] args) throws Exception {
    List<Integer> sizes = List.of(1_000, 10_000, 100_000);
    int runs = 3;
    boolean jmh = true;
    boolean estate = true;
    for (String a : args) {
      if (a.startsWith("--sizes=")) {
        sizes = java.util.Arrays.stream(a.substring(8).split(",")).map(Integer::valueOf).toList();
      } else if (a.startsWith("--runs=")) {
        runs = Integer.parseInt(a.substring(7));
      } else if (a.equals("--no-jmh")) {
        jmh = false;
      } else if (a.equals("--no-estate")) {
        estate = false;
      } else {
        throw new IllegalArgumentException("unknown argument " + a);
      }
    }
    if (estate) {
      estate(sizes, runs);
    }
    if (jmh) {
      String table = jmhTable(new Runner(new OptionsBuilder()
          .include(RuleEvaluatorBenchmark.class.getSimpleName()).build()).run());
      System.out.println();
      System.out.println(table);
      Files.createDirectories(Path.of("target", "bench"));
      Files.writeString(Path.of("target", "bench", "jmh.md"), table);
    }
  }

  /**
   * Every measured iteration of every fork, per benchmark: the median and quartiles rather than JMH's mean and
   * error, because this machine's speed moves in steps of seconds and a mean hides whether most iterations cleared
   * a target.
   */
  static String jmhTable(java.util.Collection<RunResult> results) {
    StringBuilder sb = new StringBuilder("Run " + Instant.now().toString().substring(0, 16) + "Z, Java "
        + System.getProperty("java.version") + "; VM evaluations per second on one thread, over every measured "
        + "iteration of every fork\n\n| benchmark | iterations | median | quartiles | lowest | highest |\n"
        + "|---|---:|---:|---:|---:|---:|\n");
    java.util.Map<String, double[]> byName = new java.util.TreeMap<>();
    for (RunResult r : results) {
      List<Double> scores = new ArrayList<>();
      for (BenchmarkResult b : r.getBenchmarkResults()) {
        for (IterationResult i : b.getIterationResults()) {
          scores.add(i.getPrimaryResult().getScore());
        }
      }
      String name = r.getParams().getBenchmark();
      byName.put(name.substring(name.lastIndexOf('.') + 1),
          scores.stream().mapToDouble(Double::doubleValue).sorted().toArray());
    }
    byName.forEach((name, s) -> sb.append(String.format(java.util.Locale.ROOT,
        "| `%s` | %d | %,.0f | %,.0f – %,.0f | %,.0f | %,.0f |%n", name, s.length, quantile(s, 0.5),
        quantile(s, 0.25), quantile(s, 0.75), s[0], s[s.length - 1])));
    return sb.toString();
  }

  /** The q-quantile of sorted values, interpolated between neighbours. */
  static double quantile(double[] sorted, double q) {
    double at = q * (sorted.length - 1);
    int lo = (int) Math.floor(at);
    int hi = Math.min(lo + 1, sorted.length - 1);
    return sorted[lo] + (sorted[hi] - sorted[lo]) * (at - lo);
  }

  private static void estate(List<Integer> sizes, int runs) throws Exception {
    Path work = Path.of("target", "bench");
    Files.createDirectories(work);
    EstateBench bench = new EstateBench(work, runs, System.out);
    List<String> rows = new ArrayList<>();
    java.util.Map<Integer, EstateBench.Result> bySize = new java.util.TreeMap<>();
    for (int n : sizes) {
      EstateBench.Result r = bench.run(n);
      bySize.put(n, r);
      rows.add(r.row());
    }
    if (bySize.containsKey(10_000) && bySize.containsKey(100_000)) {
      EstateBench.Result small = bySize.get(10_000);
      EstateBench.Result large = bySize.get(100_000);
      rows.add("");
      rows.add(String.format(java.util.Locale.ROOT, "Growth 10k → 100k VMs: end-to-end ×%.1f, parse-only ×%.1f, "
          + "assess ×%.1f, render ×%.1f", large.endToEnd() / small.endToEnd(), large.parse() / small.parse(),
          large.assess() / small.assess(), large.render() / small.render()));
    }
    String table = "Run " + Instant.now().toString().substring(0, 16) + "Z, " + Runtime.getRuntime()
        .availableProcessors() + " cores, Java " + System.getProperty("java.version") + ", best of " + runs
        + " runs\n\n" + EstateBench.HEADER + "\n" + String.join("\n", rows) + "\n";
    System.out.println();
    System.out.println(table);
    Files.writeString(work.resolve("results.md"), table);
  }
}
