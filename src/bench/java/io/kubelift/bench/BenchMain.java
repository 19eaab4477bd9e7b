package io.kubelift.bench;

import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.RunnerException;
import org.openjdk.jmh.runner.options.OptionsBuilder;

/** Entry point of {@code mvn -Pbench verify}: the JMH micro-benchmark of the rubric evaluator. */
public final class BenchMain {
  private BenchMain() {}

  public static void main(String[] args) throws RunnerException {
    new Runner(new OptionsBuilder().include(RuleEvaluatorBenchmark.class.getSimpleName()).build()).run();
  }
}
