package io.kubelift.cli;

import io.kubelift.assess.Assessment;
import io.kubelift.model.InputFile;
import io.kubelift.model.Rejected;
import java.io.PrintWriter;
import picocli.CommandLine.Option;

/**
 * {@code --strict}: a run that rejected any input record fails with exit status 2 — after the reports and plans
 * are written, because they list every rejected record with its location and reason, which is what the person
 * fixing the inventory needs. Without it a run with rejected records succeeds (the records are in the reports).
 */
final class StrictOption {
  @Option(names = "--strict", description = "Exit 2 when any input record was rejected (the output is still "
      + "written and lists them with location and reason).")
  boolean strict;

  /**
   * The exit status: {@link Main#EXIT_INPUT} under {@code --strict} when records were rejected, printing one line
   * with their number and the first of them; else {@code otherwise}.
   */
  int exit(Assessment a, PrintWriter err, int otherwise) {
    if (!strict) {
      return otherwise;
    }
    int count = 0;
    Rejected first = null;
    for (InputFile f : a.inputs()) {
      count += f.rejected().size();
      if (first == null && !f.rejected().isEmpty()) {
        first = f.rejected().get(0);
      }
    }
    if (first == null) {
      return otherwise;
    }
    err.println(Main.errorLine("--strict: " + count + " input record" + (count == 1 ? " was" : "s were")
        + " rejected, the first at " + first.location() + ": " + first.reason()
        + " (all are listed in the output)"));
    return Main.EXIT_INPUT;
  }
}
