package io.kubelift.cli;

import io.kubelift.assess.Assessment;
import io.kubelift.report.RenderOptions;
import io.kubelift.report.ReportRenderer;
import io.kubelift.report.ReportRenderers;
import io.kubelift.report.StagedOutput;
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

  /**
   * Runs each renderer into a staging directory and moves the files into {@code out} only when all succeeded, so
   * a failure part-way leaves the previous reports intact (see {@link StagedOutput}); returns the main file of
   * each, by format.
   */
  static java.util.Map<String, Path> write(Assessment a, List<ReportRenderer> renderers, RenderOptions options,
      Path out) {
    return write(a, renderers, options, out, null);
  }

  /** What else goes into the output with the reports, all or nothing ({@code assess --plan}'s plans). */
  @FunctionalInterface
  interface Extra {
    void write(Path stagingDir) throws IOException;
  }

  /** As {@link #write(Assessment, List, RenderOptions, Path)}, with {@code extra} written into the stage first. */
  static java.util.Map<String, Path> write(Assessment a, List<ReportRenderer> renderers, RenderOptions options,
      Path out, Extra extra) {
    StagedOutput stage;
    try {
      stage = StagedOutput.open(out);
    } catch (IOException | SecurityException e) {
      throw new InputException(out.toString(), 0, "cannot create the output directory: " + reason(e));
    }
    try (stage) {
      if (extra != null) {
        try {
          extra.write(stage.dir());
        } catch (IOException | SecurityException e) {
          throw new InputException(out.toString(), 0, "cannot write the plan: " + reason(e) + unchanged(out));
        }
      }
      java.util.Map<String, Path> written = new java.util.LinkedHashMap<>();
      for (ReportRenderer r : renderers) {
        try {
          written.put(r.format(), stage.target(r.render(a, options, stage.dir())));
        } catch (IOException | SecurityException e) {
          throw new InputException(out.toString(), 0, "cannot write the " + r.format() + " report: " + reason(e)
              + unchanged(out));
        } catch (InputException e) { // a broken user template: its file and line, and that nothing was lost
          throw new InputException(e.file(), e.line(), e.reason() + unchanged(out), e);
        }
      }
      try {
        stage.commit();
      } catch (IOException | SecurityException e) {
        throw new InputException(out.toString(), 0, "cannot move the reports into place: " + reason(e));
      }
      return written;
    }
  }

  private static String unchanged(Path out) {
    return "; no report was written (those already in " + out + " are as they were)";
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
