package io.kubelift.report;

import io.kubelift.assess.Assessment;
import java.io.IOException;
import java.nio.file.Path;

/** Writes one report format into an output directory. */
public interface ReportRenderer {

  /** The format's name, as accepted by {@code --format}. */
  String format();

  /**
   * Writes the report's files into {@code outDir}, each atomically.
   *
   * @return the main file written
   */
  Path render(Assessment assessment, RenderOptions options, Path outDir) throws IOException;
}
