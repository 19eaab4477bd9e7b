package io.kubelift.cli;

import io.kubelift.rubric.Fact;
import io.kubelift.rubric.FactCatalogue;
import io.kubelift.rubric.InvalidRubricException;
import io.kubelift.rubric.Rubric;
import io.kubelift.rubric.RubricLoader;
import io.kubelift.rubric.Rule;
import io.kubelift.source.InputException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code kubelift rubric list|validate|facts}. */
@Command(name = "rubric", mixinStandardHelpOptions = true, description = "List, validate and write rubrics.",
    subcommands = {RubricCommand.ListRules.class, RubricCommand.Validate.class, RubricCommand.Facts.class})
final class RubricCommand implements Runnable {
  @Spec picocli.CommandLine.Model.CommandSpec spec;

  @Override
  public void run() {
    spec.commandLine().usage(spec.commandLine().getOut());
  }

  @Command(name = "list", mixinStandardHelpOptions = true, description = "List the rules of a rubric.")
  static final class ListRules implements Callable<Integer> {
    @Option(names = "--rubric", paramLabel = "PATH", description = "Rubric (default: the default rubric).")
    Path rubric;

    @Spec picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
      Path p = rubric != null ? rubric : Home.defaultRubric();
      Rubric r = p == null ? RubricLoader.loadBuiltIn() : RubricLoader.load(p);
      PrintWriter out = spec.commandLine().getOut();
      out.println(r.id() + " " + r.version() + ": " + r.title() + " (" + r.rules().size() + " rules)");
      for (Rule rule : r.rules()) {
        out.printf("%-28s %-11s %-16s %-6s %s%s%n", rule.id(), rule.appliesTo().key(), rule.dimension().key(),
            rule.rating(), rule.title(), rule.blocker() ? " [blocker]" : "");
      }
      return 0;
    }
  }

  @Command(name = "validate", mixinStandardHelpOptions = true,
      description = "Check a rubric: schema, facts, operators, unique ids. Exit 2 when invalid.")
  static final class Validate implements Callable<Integer> {
    @Parameters(paramLabel = "PATH", description = "Rubric directory or rubric.yaml.")
    Path path;

    @Spec picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
      try {
        Rubric r = RubricLoader.load(path);
        spec.commandLine().getOut().println(path + ": valid rubric " + r.id() + " " + r.version() + ", "
            + r.rules().size() + " rules");
        return 0;
      } catch (InvalidRubricException e) {
        for (InputException err : e.errors()) {
          spec.commandLine().getErr().println("kubelift: error: " + err.getMessage());
        }
        return Main.EXIT_INPUT;
      }
    }
  }

  @Command(name = "facts", mixinStandardHelpOptions = true, description = "List the facts rules may consult.")
  static final class Facts implements Callable<Integer> {
    @Spec picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
      for (Fact f : FactCatalogue.standard().all()) {
        spec.commandLine().getOut().printf("%-40s %-8s %s%s%n", f.name(), f.type().name().toLowerCase(
            java.util.Locale.ROOT), f.description(), f.values().isEmpty() ? "" : " " + f.values());
      }
      return 0;
    }
  }
}
