package io.kubelift.source;

/**
 * Input that cannot be used: the message names the file and, where known, the line. The command line prints it as
 * one line and exits with status 2.
 */
public class InputException extends RuntimeException {
  private static final long serialVersionUID = 1L;
  private final String file;
  private final int line;
  private final String reason;

  public InputException(String file, int line, String reason) {
    this(file, line, reason, null);
  }

  public InputException(String file, int line, String reason, Throwable cause) {
    super(format(file, line, reason), cause);
    this.file = file;
    this.line = line;
    this.reason = reason;
  }

  private static String format(String file, int line, String reason) {
    return (line > 0 ? file + ":" + line : file) + ": " + reason;
  }

  public String file() {
    return file;
  }

  public int line() {
    return line;
  }

  public String reason() {
    return reason;
  }
}
