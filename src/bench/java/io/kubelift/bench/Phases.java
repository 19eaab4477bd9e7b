package io.kubelift.bench;

import io.kubelift.assess.Assessment;
import io.kubelift.assess.Assessor;
import io.kubelift.inventory.InventoryLoader;
import io.kubelift.inventory.InventoryReaders;
import io.kubelift.model.ClusterFacts;
import io.kubelift.model.Inventory;
import io.kubelift.report.HtmlReportRenderer;
import io.kubelift.report.JsonReportRenderer;
import io.kubelift.report.RenderOptions;
import io.kubelift.rubric.Rubric;
import io.kubelift.rubric.RubricLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * The stages of one assessment timed apart, in a JVM of its own: read (inventory into the model), assess (rubric
 * evaluation and aggregation, on {@code threads} threads), render (json, then html). Prints
 * {@code parse=ms assess=ms json=ms html=ms} on stdout. Arguments: {@code INPUT APPS OUT THREADS}.
 */
public final class Phases {
  private Phases() {}

  public static void main(String[] args) throws Exception {
    Path input = Path.of(args[0]);
    Path apps = Path.of(args[1]);
    Path out = Path.of(args[2]);
    int threads = Integer.parseInt(args[3]);
    Files.createDirectories(out);
    Rubric rubric = RubricLoader.loadBuiltIn();
    long t0 = System.nanoTime();
    Inventory inv = new InventoryLoader(InventoryReaders.standard(), null).load(List.of(input), apps);
    long t1 = System.nanoTime();
    Assessment a = new Assessor(rubric).assess(inv, ClusterFacts.unknown(), threads, n -> { });
    long t2 = System.nanoTime();
    new JsonReportRenderer().render(a, RenderOptions.defaults(), out);
    long t3 = System.nanoTime();
    new HtmlReportRenderer().render(a, RenderOptions.defaults(), out);
    long t4 = System.nanoTime();
    System.out.printf("parse=%d assess=%d json=%d html=%d%n", ms(t1 - t0), ms(t2 - t1), ms(t3 - t2), ms(t4 - t3));
  }

  private static long ms(long nanos) {
    return nanos / 1_000_000;
  }
}
