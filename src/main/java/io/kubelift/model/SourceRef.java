package io.kubelift.model;

import java.util.Objects;

/**
 * Where a record came from, so that every rating traces back to the inventory line that caused it.
 *
 * @param file the input file as given on the command line
 * @param line the 1-based line, or 0 when the format has no lines (then {@code detail} locates it)
 * @param detail a sheet and row, an XPath or similar; may be {@code null}
 */
public record SourceRef(String file, int line, String detail) {
  public SourceRef {
    Objects.requireNonNull(file, "file");
  }

  public static SourceRef of(String file, int line) {
    return new SourceRef(file, line, null);
  }

  @Override
  public String toString() {
    if (line > 0) {
      return file + ":" + line + (detail == null ? "" : " (" + detail + ")");
    }
    return detail == null ? file : file + ":" + detail;
  }
}
