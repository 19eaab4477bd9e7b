package io.kubelift.cli;

import io.kubelift.report.SummaryTable;
import io.kubelift.source.InputException;
import java.io.PrintWriter;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The {@code kubelift} command. */
@Command(
    name = "kubelift",
    mixinStandardHelpOptions = true,
    versionProvider = VersionProvider.class,
    description = "Assesses how hard it is to lift and shift VMs onto Kubernetes with KubeVirt, and why.",
    subcommands = {
      AssessCommand.class,
      ExplainCommand.class,
      PlanCommand.class,
      ClusterCommand.class,
      RubricCommand.class,
      DemoCommand.class,
      InventoryCommand.class,
      CommandLine.HelpCommand.class
    })
public final class Main implements Runnable {
  /** Exit status for bad usage or unreadable input. */
  public static final int EXIT_INPUT = 2;
  /** Exit status when {@code --fail-on} is met. */
  public static final int EXIT_FAIL_ON = 3;

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Override
  public void run() {
    spec.commandLine().usage(spec.commandLine().getOut());
  }

  public static void main(String[] args) {
    System.exit(run(args, new PrintWriter(System.out, true), new PrintWriter(System.err, true)));
  }

  /**
   * An error as one line for the terminal. Messages quote inventory text (names, cell values), so control
   * characters — escape sequences, carriage returns, NULs — are replaced: a VM named {@code ESC[2J} must not clear
   * the screen or overwrite the line that names the file at fault.
   */
  static String errorLine(String message) {
    return "kubelift: error: " + SummaryTable.clean(message);
  }

  /** Runs the command line with the given streams and returns the exit status (for tests and embedding). */
  public static int run(String[] args, PrintWriter out, PrintWriter err) {
    boolean debug = java.util.Arrays.asList(args).contains("--debug");
    CommandLine cl = new CommandLine(new Main());
    cl.setOut(out);
    cl.setErr(err);
    cl.setExecutionExceptionHandler((ex, commandLine, parseResult) -> {
      if (debug) { // the trace repeats the message, so it is cleaned line by line too
        java.io.StringWriter trace = new java.io.StringWriter();
        ex.printStackTrace(new PrintWriter(trace));
        trace.toString().lines().forEach(l -> err.println(SummaryTable.clean(l.replace("\t", "    "))));
      }
      if (ex instanceof InputException) {
        err.println(errorLine(ex.getMessage()));
        return EXIT_INPUT;
      }
      err.println("kubelift: internal error: " + SummaryTable.clean(String.valueOf(ex))
          + (debug ? "" : " (run with --debug for details)"));
      return 1;
    });
    cl.setParameterExceptionHandler((ex, a) -> {
      err.println("kubelift: " + SummaryTable.clean(ex.getMessage()));
      err.println("Try 'kubelift " + ex.getCommandLine().getCommandName() + " --help' for usage.");
      return EXIT_INPUT;
    });
    int code = cl.execute(args);
    out.flush();
    err.flush();
    return code;
  }
}
