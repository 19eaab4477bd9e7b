package io.kubelift.plan;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/**
 * Writes plans under a root directory. Every path is built from sanitised names and checked to stay inside the
 * root; each file is written to a temporary sibling and moved into place.
 */
public final class PlanWriter {
  private PlanWriter() {}

  public static void write(Plan plan, Path root) throws IOException {
    Path base = root.toAbsolutePath().normalize();
    for (AppPlan p : plan.plans()) {
      for (var e : p.files().entrySet()) {
        Path target = base.resolve(p.dir()).resolve(e.getKey()).normalize();
        if (!target.startsWith(base) || target.equals(base)) {
          throw new IOException("refusing to write outside " + base + ": " + target);
        }
        write(target, e.getValue());
      }
    }
  }

  private static void write(Path target, String content) throws IOException {
    Files.createDirectories(target.getParent());
    Path tmp = Files.createTempFile(target.getParent(), ".kubelift", ".tmp");
    try {
      Files.writeString(tmp, content, StandardCharsets.UTF_8);
      Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING);
    } finally {
      Files.deleteIfExists(tmp);
    }
  }
}
