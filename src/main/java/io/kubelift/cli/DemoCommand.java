package io.kubelift.cli;

import io.kubelift.assess.Assessment;
import io.kubelift.assess.Assessor;
import io.kubelift.inventory.InventoryLoader;
import io.kubelift.inventory.InventoryReaders;
import io.kubelift.model.ClusterFacts;
import io.kubelift.report.RenderOptions;
import io.kubelift.report.SummaryTable;
import io.kubelift.rubric.RubricLoader;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code kubelift demo}: assess the bundled reference use cases. */
@Command(name = "demo", mixinStandardHelpOptions = true,
    description = "Assess the bundled reference use cases (fixtures/seed) and write every report to reports/demo.")
final class DemoCommand implements Callable<Integer> {
  /** Every report format, so the demo shows them all. */
  static final List<String> FORMATS = List.of("json", "html", "md", "pdf", "csv");
  @Spec picocli.CommandLine.Model.CommandSpec spec;

  @Option(names = "--out", paramLabel = "DIR", description = "Output directory (default: reports/demo).")
  Path out;

  @Override
  public Integer call() {
    Path home = Home.dir();
    Path seed = home.resolve("fixtures/seed");
    Path rubric = Home.defaultRubric();
    Assessment a = new Assessor(rubric == null ? RubricLoader.loadBuiltIn() : RubricLoader.load(rubric))
        .assess(new InventoryLoader(InventoryReaders.standard(), null).load(List.of(seed)), ClusterFacts.unknown());
    Path dir = out != null ? out : home.resolve("reports/demo");
    Map<String, Path> written = Reports.write(a, Reports.renderers(FORMATS),
        RenderOptions.defaults(), dir);
    spec.commandLine().getOut().print(SummaryTable.render(a));
    spec.commandLine().getOut().println("Reports written to " + dir.toAbsolutePath().normalize());
    spec.commandLine().getOut().println("Open " + written.get("html").toAbsolutePath().normalize());
    return 0;
  }
}
