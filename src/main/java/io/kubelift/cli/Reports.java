package io.kubelift.cli;

import io.kubelift.assess.Assessment;
import io.kubelift.report.RenderOptions;
import io.kubelift.report.ReportRenderer;
import io.kubelift.report.ReportRenderers;
import io.kubelift.source.InputException;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

/** Choosing and running report renderers for {@code assess} and {@code demo}; failures become one-line errors. */
final class Reports {
  private Reports() {}

  static List<ReportRenderer> renderers(List<String> formats) {
    ReportRenderers all = ReportRenderers.standard();
    List<ReportRenderer> out = new java.util.ArrayList<>();
    for (String f : formats) {
      ReportRenderer r = all.byFormat(f.trim());
      if (r == null) {
        throw new InputException("--format", 0, "unknown format '" + f + "'; expected one of " + all.formats());
      }
      out.add(r);
    }
    return out;
  }

  /** Runs each renderer; returns the main file of each, by format. */
  static java.util.Map<String, Path> write(Assessment a, List<ReportRenderer> renderers, RenderOptions options,
      Path out) {
    try {
      java.nio.file.Files.createDirectories(out);
    } catch (IOException | SecurityException e) {
      throw new InputException(out.toString(), 0, "cannot create the output directory: " + reason(e));
    }
    java.util.Map<String, Path> written = new java.util.LinkedHashMap<>();
    for (ReportRenderer r : renderers) {
      try {
        written.put(r.format(), r.render(a, options, out));
      } catch (IOException | SecurityException e) {
        throw new InputException(out.toString(), 0, "cannot write the " + r.format() + " report: " + reason(e));
      }
    }
    return written;
  }

  /** The cause in words, without the exception class: "Not a directory", "Permission denied". */
  static String reason(Exception e) {
    if (e instanceof java.nio.file.AccessDeniedException) {
      return "permission denied";
    }
    if (e instanceof java.nio.file.FileAlreadyExistsException) {
      return "a file of that name is in the way";
    }
    if (e instanceof java.nio.file.FileSystemException fse && fse.getReason() != null) {
      return fse.getReason().toLowerCase(java.util.Locale.ROOT);
    }
    return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage().lines().findFirst().orElse("");
  }
}
