package io.kubelift.cli;

import io.kubelift.assess.Assessment;
import io.kubelift.assess.Assessor;
import io.kubelift.inventory.InventoryLoader;
import io.kubelift.inventory.InventoryReaders;
import io.kubelift.model.Inventory;
import io.kubelift.rubric.Rubric;
import io.kubelift.rubric.RubricLoader;
import java.nio.file.Path;
import java.util.List;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** Options every assessing command shares: the rubric, the inputs, how to read them and the application map. */
final class CommonOptions {
  @Option(names = "--rubric", paramLabel = "PATH",
      description = "Rubric directory or rubric.yaml (default: rubrics/kubevirt, else the built-in copy).")
  Path rubric;

  @Option(names = "--input-format", paramLabel = "FORMAT",
      description = "Read every input as this format instead of detecting it.")
  String inputFormat;

  @Option(names = "--apps", paramLabel = "FILE",
      description = "Application map (YAML 'kubelift: applications/v1' or CSV application,vm,role,...): which VM "
          + "belongs to which application, its role, HA pattern and exposure. Read after the inputs.")
  Path apps;

  @Option(names = "--debug", description = "Show stack traces of errors.")
  boolean debug;

  @Mixin ClusterOptions cluster;

  @Parameters(arity = "1..*", paramLabel = "INPUT", description = "Inventory files or directories.")
  List<Path> inputs;

  Rubric loadRubric() {
    Path p = rubric != null ? rubric : Home.defaultRubric();
    return p == null ? RubricLoader.loadBuiltIn() : RubricLoader.load(p);
  }

  Inventory loadInventory() {
    return new InventoryLoader(InventoryReaders.standard(), inputFormat).load(inputs, apps);
  }

  Assessment assess() {
    Rubric r = loadRubric();
    Inventory inventory = loadInventory();
    return new Assessor(r).assess(inventory, cluster.load());
  }

  /** Assesses on {@code threads} threads, with a progress bar on a terminal unless {@code quiet}. */
  Assessment assess(int threads, boolean quiet) {
    Rubric r = loadRubric();
    Inventory inventory = loadInventory();
    io.kubelift.model.ClusterFacts facts = cluster.load();
    try (Progress progress = Progress.of(inventory.vms().size(), quiet)) {
      return new Assessor(r).assess(inventory, facts, threads, progress);
    }
  }
}
