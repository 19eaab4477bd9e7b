package io.kubelift.cli;

import java.nio.file.Files;
import java.nio.file.Path;

/** Where the launcher lives: the default rubric, fixtures and report templates are found relative to it. */
final class Home {
  private Home() {}

  static Path dir() {
    String h = System.getProperty("kubelift.home");
    if (h == null || h.isBlank()) {
      h = System.getenv("KUBELIFT_HOME");
    }
    return Path.of(h == null || h.isBlank() ? "." : h);
  }

  /** The editable default rubric next to the launcher, or {@code null} to use the jar's copy. */
  static Path defaultRubric() {
    Path p = dir().resolve("rubrics/kubevirt");
    return Files.isRegularFile(p.resolve("rubric.yaml")) ? p : null;
  }
}
