package io.kubelift.report;

import java.util.ArrayList;
import java.util.List;

/** The registry of report formats. Adding a format means adding its renderer here. */
public final class ReportRenderers {
  private final List<ReportRenderer> renderers;

  private ReportRenderers(List<ReportRenderer> renderers) {
    this.renderers = List.copyOf(renderers);
  }

  public static ReportRenderers standard() {
    List<ReportRenderer> r = new ArrayList<>();
    r.add(new JsonReportRenderer());
    r.add(new HtmlReportRenderer());
    r.add(new MarkdownReportRenderer());
    r.add(new PdfReportRenderer());
    r.add(new CsvReportRenderer());
    return new ReportRenderers(r);
  }

  /** The renderer of that format, or {@code null}. */
  public ReportRenderer byFormat(String format) {
    for (ReportRenderer r : renderers) {
      if (r.format().equals(format)) {
        return r;
      }
    }
    return null;
  }

  public List<String> formats() {
    List<String> out = new ArrayList<>();
    renderers.forEach(r -> out.add(r.format()));
    return out;
  }
}
