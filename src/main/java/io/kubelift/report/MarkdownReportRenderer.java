package io.kubelift.report;

import io.kubelift.assess.Assessment;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Map;

/**
 * Writes {@code report.md} for wikis and pull requests from the template {@code md/report.ftlmd}: the summary, the
 * blockers, both tables, the rules with why and what to do, and every application's and VM's findings. Inventory
 * text is escaped by {@link MarkdownOutputFormat}.
 */
public final class MarkdownReportRenderer implements ReportRenderer {
  /** The file written. */
  public static final String FILE = "report.md";

  @Override
  public String format() {
    return "md";
  }

  @Override
  public Path render(Assessment a, RenderOptions options, Path outDir) throws IOException {
    ReportModel model = new ReportModel(a, options);
    Map<String, Object> m = model.base();
    model.putHardestVms(m);
    Path target = outDir.resolve(FILE);
    new Templates(options.templates()).write(target, "md/report.ftlmd", m);
    return target;
  }
}
