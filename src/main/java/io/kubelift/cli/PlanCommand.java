package io.kubelift.cli;

import io.kubelift.assess.Assessment;
import io.kubelift.plan.AppPlan;
import io.kubelift.plan.Plan;
import io.kubelift.plan.PlanOptions;
import io.kubelift.plan.PlanWriter;
import io.kubelift.plan.Planner;
import io.kubelift.report.StagedOutput;
import io.kubelift.source.InputException;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code kubelift plan}: KubeVirt manifests and a runbook for every application and standalone VM. */
@Command(name = "plan", mixinStandardHelpOptions = true,
    description = "Write KubeVirt/CDI/Multus manifests and a runbook per application (DIR/<application>/) "
        + "and per standalone VM (DIR/_standalone/<vm>/); blocked ones get only a runbook saying why "
        + "(exit 2 under --strict when input records were rejected).")
final class PlanCommand implements Callable<Integer> {
  @Mixin CommonOptions common;
  @Mixin Settings settings;
  @Mixin StrictOption strict;
  @Spec picocli.CommandLine.Model.CommandSpec spec;

  @Option(names = "--out", paramLabel = "DIR", defaultValue = "kubelift-plan",
      description = "Output directory (default: ${DEFAULT-VALUE}).")
  Path out;

  @Override
  public Integer call() {
    PlanOptions options = settings.options();
    Assessment a = common.assess();
    Plan plan = write(new Planner(options).plan(a), out);
    summary(plan, spec.commandLine().getOut());
    spec.commandLine().getOut().println("Plans written to " + out);
    return strict.exit(a, spec.commandLine().getErr(), 0);
  }

  /** Writes the plan into {@code dir}, staged like the reports: all files or, on a failure, none of them. */
  static Plan write(Plan plan, Path dir) {
    try (StagedOutput stage = StagedOutput.open(dir)) {
      PlanWriter.write(plan, stage.dir());
      stage.commit();
      return plan;
    } catch (IOException | SecurityException e) {
      throw new InputException(dir.toString(), 0, "cannot write the plan: " + e.getMessage());
    }
  }

  static void summary(Plan plan, PrintWriter out) {
    for (AppPlan p : plan.plans()) {
      out.printf("%-40s %s%n", p.dir() + "/", p.blocked() ? "BLOCKED: runbook only"
          : p.objects().size() + " objects, " + p.files().size() + " files");
    }
  }

  /** The planning options, shared with {@code assess --plan}. */
  static final class Settings {
    @Option(names = "--storage-class", paramLabel = "NAME", description = "Storage class of the DataVolumes "
        + "(default: the cluster's default, or a class known to offer what a disk needs, from cluster facts).")
    String storageClass;

    @Option(names = "--bandwidth", paramLabel = "MBPS", defaultValue = "1000",
        description = "Bandwidth for import time estimates, Mbit/s (default: ${DEFAULT-VALUE}).")
    double bandwidth;

    @Option(names = "--namespace-per-app", description = "Give each plan a namespace of its own.")
    boolean namespacePerApp;

    @Option(names = "--source", paramLabel = "SOURCE", defaultValue = "upload",
        description = "Where CDI takes disk images from: upload, http or registry (default: ${DEFAULT-VALUE}).")
    String source;

    @Option(names = "--service-type", paramLabel = "TYPE", defaultValue = "NodePort",
        description = "Service type of externally exposed ports: NodePort or LoadBalancer.")
    String serviceType;

    @Option(names = "--registry", paramLabel = "REGISTRY/PATH", defaultValue = PlanOptions.PLACEHOLDER_REGISTRY,
        description = "Where ContainerDisk images are pushed (default: a placeholder, ${DEFAULT-VALUE}).")
    String registry;

    @Option(names = "--http-base", paramLabel = "URL", defaultValue = PlanOptions.PLACEHOLDER_HTTP_BASE,
        description = "URL serving disk images for --source http (default: a placeholder).")
    String httpBase;

    PlanOptions options() {
      PlanOptions.DiskSource s = PlanOptions.DiskSource.parse(source);
      if (s == null) {
        throw new InputException("--source", 0, "expected upload, http or registry, got '" + source + "'");
      }
      if (storageClass != null && !storageClass.matches("[a-z0-9]([-a-z0-9.]{0,251}[a-z0-9])?")) {
        throw new InputException("--storage-class", 0, "not a valid Kubernetes name: '" + storageClass + "'");
      }
      if (!registry.matches("[A-Za-z0-9._:/-]+") || !httpBase.matches("https?://[A-Za-z0-9._:/%-]+")) {
        throw new InputException("--registry/--http-base", 0, "registry or URL contains unexpected characters");
      }
      try {
        return new PlanOptions(storageClass, s, bandwidth, namespacePerApp, serviceType, registry, httpBase);
      } catch (IllegalArgumentException e) {
        throw new InputException("plan options", 0, e.getMessage());
      }
    }
  }
}
