package io.kubelift.cli;

import io.kubelift.cluster.ClusterFactsFile;
import io.kubelift.cluster.ClusterFactsText;
import io.kubelift.model.ClusterFacts;
import io.kubelift.report.AtomicFiles;
import io.kubelift.source.InputException;
import java.io.IOException;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code kubelift cluster}: the target Kubernetes cluster. */
@Command(name = "cluster", mixinStandardHelpOptions = true, description = "Read the target Kubernetes cluster.",
    subcommands = {ClusterCommand.Check.class, CommandLine.HelpCommand.class})
final class ClusterCommand implements Runnable {
  @Spec CommandLine.Model.CommandSpec spec;

  @Override
  public void run() {
    spec.commandLine().usage(spec.commandLine().getOut());
  }

  /** {@code kubelift cluster check}: what the cluster offers, read-only; optionally saved as a snapshot. */
  @Command(name = "check", mixinStandardHelpOptions = true,
      description = "Read the cluster (list and get only) and print the facts the rubric uses; unknown ones say why.")
  static final class Check implements Callable<Integer> {
    @Mixin ClusterOptions.Connection connection;
    @Spec CommandLine.Model.CommandSpec spec;

    @Option(names = "--save", paramLabel = "FILE",
        description = "Also write the facts as a snapshot for 'assess --cluster-facts FILE'.")
    Path save;

    @Option(names = "--debug", description = "Show stack traces of errors.")
    boolean debug;

    @Override
    public Integer call() {
      ClusterFacts facts = connection.read();
      spec.commandLine().getOut().print(ClusterFactsText.render(facts));
      if (save != null) {
        try {
          AtomicFiles.writeString(save, ClusterFactsFile.write(facts));
        } catch (IOException | SecurityException e) {
          throw new InputException(save.toString(), 0, "cannot write the snapshot: " + e.getMessage());
        }
        spec.commandLine().getOut().println("Snapshot written to " + save);
      }
      return 0;
    }
  }
}
