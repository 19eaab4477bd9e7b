package io.kubelift.cli;

import io.kubelift.assess.AppAssessment;
import io.kubelift.assess.Assessment;
import io.kubelift.assess.Grade;
import io.kubelift.assess.VmAssessment;
import io.kubelift.report.RenderOptions;
import io.kubelift.report.ReportRenderer;
import io.kubelift.report.SummaryTable;
import io.kubelift.source.InputException;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code kubelift assess}: rate every VM and application and write the reports. */
@Command(name = "assess", mixinStandardHelpOptions = true,
    description = "Assess VMs and applications and write reports (exit 2 under --strict when input records were "
        + "rejected, else 3 when --fail-on is met).")
final class AssessCommand implements Callable<Integer> {
  /** Where {@code --plan} writes the plans, relative to the output directory. */
  static final String PLAN_DIR = "plan";
  @Mixin CommonOptions common;
  @Spec picocli.CommandLine.Model.CommandSpec spec;

  @Option(names = "--out", paramLabel = "DIR", defaultValue = "kubelift-report",
      description = "Output directory (default: ${DEFAULT-VALUE}).")
  Path out;

  @Option(names = "--format", split = ",", paramLabel = "FORMAT", defaultValue = "json,html",
      description = "Report formats, comma-separated: json, html, md, pdf, csv (default: ${DEFAULT-VALUE}).")
  List<String> formats;

  @Option(names = "--templates", paramLabel = "DIR",
      description = "Report templates overriding the built-in ones (a copy of reports/, e.g. DIR/html/index.ftlh).")
  Path templates;

  @Option(names = "--fail-on", paramLabel = "LEVEL",
      description = "Exit 3 when any VM or application is HARD ('hard') or blocked ('blocked').")
  String failOn;

  @Option(names = "--quiet", description = "Print no summary table, and no progress bar.")
  boolean quiet;

  @Option(names = "--threads", paramLabel = "N",
      description = "Threads that evaluate VMs (default: the available processors). The result is the same.")
  Integer threads;

  @Option(names = "--plan", description = "Also write the migration plans under OUT/plan/ (see 'kubelift plan').")
  boolean plan;

  @Mixin PlanCommand.Settings planSettings;
  @Mixin StrictOption strict;

  /** Per application, its runbook relative to OUT, when --plan was given (for the HTML report's links). */
  java.util.Map<String, String> planLinks = new java.util.TreeMap<>();

  @Override
  public Integer call() {
    if (failOn != null && !failOn.equals("hard") && !failOn.equals("blocked")) {
      throw new InputException("--fail-on", 0, "expected 'hard' or 'blocked', got '" + failOn + "'");
    }
    List<ReportRenderer> renderers = Reports.renderers(formats);
    io.kubelift.plan.PlanOptions planOptions = planSettings.options(); // also checks --bandwidth
    int n = threads == null ? Runtime.getRuntime().availableProcessors() : threads;
    if (n < 1) {
      throw new InputException("--threads", 0, "expected a positive number of threads, got " + n);
    }
    Assessment a = common.assess(n, quiet);
    io.kubelift.plan.Plan p = plan ? new io.kubelift.plan.Planner(planOptions).plan(a) : null;
    if (p != null) {
      p.links(PLAN_DIR + "/").forEach((app, dir) -> planLinks.put(app, dir + io.kubelift.plan.AppPlan.RUNBOOK));
    }
    // the plans are staged with the reports, so a failing renderer leaves the previous plans in place too
    Reports.write(a, renderers, new RenderOptions(templates, planOptions.bandwidthMbps(), planLinks), out,
        p == null ? null : stage -> io.kubelift.plan.PlanWriter.write(p, stage.resolve(PLAN_DIR)));
    if (!quiet) {
      spec.commandLine().getOut().print(SummaryTable.render(a));
      spec.commandLine().getOut().println("Reports written to " + out);
    }
    return strict.exit(a, spec.commandLine().getErr(), failOnMet(a) ? Main.EXIT_FAIL_ON : 0);
  }

  private boolean failOnMet(Assessment a) {
    if (failOn == null) {
      return false;
    }
    boolean hard = failOn.equals("hard");
    for (VmAssessment v : a.vms()) {
      if (v.blocked() || hard && v.overall() == Grade.HARD) {
        return true;
      }
    }
    for (AppAssessment app : a.applications()) {
      if (app.blocked() || hard && app.overall() == Grade.HARD) {
        return true;
      }
    }
    return false;
  }
}
