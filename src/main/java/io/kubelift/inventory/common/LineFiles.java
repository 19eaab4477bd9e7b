package io.kubelift.inventory.common;

import io.kubelift.inventory.ReadResult;
import io.kubelift.model.Rejected;
import io.kubelift.source.InputException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** Reading line-oriented configuration files (.vmx, Proxmox .conf) that hold one VM each, within a size bound. */
public final class LineFiles {
  private LineFiles() {}

  /** A line of a one-VM file that cannot be read: the whole VM is rejected with this line and reason. */
  public static final class BadLine extends Exception {
    private static final long serialVersionUID = 1L;
    private final int line;

    public BadLine(int line, String reason) {
      super(reason, null, false, false);
      this.line = line;
    }

    /** The one VM of the file, rejected at this line. */
    public ReadResult rejection(String shownAs) {
      return new ReadResult(List.of(), List.of(), 1, List.of(new Rejected(shownAs + ":" + line, getMessage())));
    }
  }

  /** The file's bytes; a file larger than {@code maxBytes} or unreadable is an input error. */
  public static byte[] read(Path path, String shownAs, long maxBytes) {
    try {
      long size = Files.size(path);
      if (size > maxBytes) {
        throw new InputException(shownAs, 0, "file is " + size + " bytes; at most " + maxBytes + " are read");
      }
      return Files.readAllBytes(path);
    } catch (IOException e) {
      throw new InputException(shownAs, 0, "cannot read: " + e.getMessage());
    }
  }

  /** A line shortened for a message. */
  public static String excerpt(String line) {
    String t = line.strip();
    return t.length() > 80 ? t.substring(0, 80) + "…" : t;
  }
}
