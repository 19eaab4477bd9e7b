package io.kubelift.cli;

import java.io.PrintWriter;
import java.io.StringWriter;

/** Runs the command line in-process and captures its streams. */
public final class CliRunner {
  private CliRunner() {}

  /**
   * What a run printed and returned.
   *
   * @param code exit status
   * @param out standard output
   * @param err standard error
   */
  public record Result(int code, String out, String err) {}

  public static Result run(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int code = Main.run(args, new PrintWriter(out, true), new PrintWriter(err, true));
    return new Result(code, out.toString(), err.toString());
  }
}
