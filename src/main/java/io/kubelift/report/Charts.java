package io.kubelift.report;

import io.kubelift.assess.AppAssessment;
import io.kubelift.assess.Assessment;
import io.kubelift.assess.CapacityFit;
import java.awt.Graphics2D;
import java.awt.Rectangle;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Base64;
import javax.imageio.ImageIO;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jfree.chart.JFreeChart;
import org.jfree.svg.SVGGraphics2D;
import org.jfree.svg.ViewBox;

/**
 * Every chart of a report, drawn by JFreeChart: as inline SVG (JFreeSVG) for the HTML page, as PNG for the PDF. The
 * PDF cannot use the SVG: its renderer (Batik into PDFBox) draws the grades' stripes, repeating gradients, as one
 * smooth gradient, and the stripes are what keeps the charts readable without colour.
 */
final class Charts {
  /**
   * Per-application charts drawn at most, the most severe first; a large estate lists the rest in the tables, so
   * the page stays small enough to open quickly.
   */
  static final int MAX_APPLICATION_CHARTS = 60;

  /** Applications most in need of attention first: blocked, then by overall grade, then by name. */
  static final Comparator<AppAssessment> SEVERITY = Comparator.comparing((AppAssessment a) -> !a.blocked())
      .thenComparing(AppAssessment::overall, Comparator.reverseOrder())
      .thenComparing(a -> a.application().name());

  static {
    // JFreeChart draws rotated labels as glyph outlines by default (a workaround for old JDKs); as SVG <text> they
    // are a tenth of the bytes, selectable, and searchable.
    org.jfree.chart.text.TextUtils.setUseDrawRotatedStringWorkaround(false);
  }

  private Charts() {}

  /**
   * A chart ready for a template.
   *
   * @param id the element id of the {@code <svg>}, also the prefix of its definitions' ids
   * @param title the chart's title, for alternative text
   * @param svg the {@code <svg>} element, for {@link Drawing#SVG}
   * @param png a {@code data:image/png;base64,} URI of the chart at twice its size, for {@link Drawing#PNG}
   * @param width its width in CSS pixels
   * @param height its height in CSS pixels
   */
  public record Chart(String id, String title, String svg, String png, int width, int height) {}

  /** How charts are drawn. */
  enum Drawing {
    SVG,
    PNG
  }

  /**
   * The estate charts by name: readiness, dimensions, pareto, disks, liveMigration, and capacity when a cluster with
   * known capacity was given.
   */
  static Map<String, Chart> estate(Assessment a, Figures f, Summary s, Drawing how) {
    Map<String, Chart> out = new LinkedHashMap<>();
    out.put("readiness", draw("chart-readiness", GradeCharts.readiness(s.byOverall(), s.vms()), 560, 320, how));
    out.put("dimensions", draw("chart-dimensions", GradeCharts.dimensions(f.dimensions), 560, 320, how));
    out.put("pareto", draw("chart-pareto", EstateCharts.pareto(f.rules, a.rubric()), 1040, 400, how));
    out.put("disks", draw("chart-disks", EstateCharts.disks(f.diskFormats), 560, 300, how));
    out.put("liveMigration",
        draw("chart-live", GradeCharts.liveMigration(f.liveMigration, s.vms()), 560, 300, how));
    CapacityFit fit = CapacityFit.of(a);
    if (a.cluster().given() && CapacityChart.drawable(fit)) {
      out.put("capacity", draw("chart-capacity", CapacityChart.of(fit), 560, 230, how));
    }
    return out;
  }

  /** The four-dimension profile of each application, the most severe first, at most {@link #MAX_APPLICATION_CHARTS}. */
  static List<Chart> applications(Assessment a, Drawing how) {
    List<AppAssessment> apps = new ArrayList<>(a.applications());
    apps.sort(SEVERITY);
    List<Chart> out = new ArrayList<>();
    for (AppAssessment app : apps.subList(0, Math.min(MAX_APPLICATION_CHARTS, apps.size()))) {
      out.add(draw("chart-app-" + out.size(), GradeCharts.application(app), 360, 220, how));
    }
    return out;
  }

  static Chart draw(String id, JFreeChart chart, int width, int height, Drawing how) {
    String title = chart.getTitle() == null ? id : chart.getTitle().getText();
    return how == Drawing.SVG ? new Chart(id, title, svg(id, chart, width, height), null, width, height)
        : new Chart(id, title, null, png(chart, width, height), width, height);
  }

  /**
   * The chart as an {@code <svg>} element with its size and a view box, so that it scales. Ids inside it start with
   * the chart's own id: several charts share one page, and JFreeSVG's default prefix is the clock (not stable).
   */
  static String svg(String id, JFreeChart chart, int width, int height) {
    SVGGraphics2D g = new SVGGraphics2D(width, height);
    g.setDefsKeyPrefix(id + "-");
    g.setGeomDoubleConverter(Charts::decimals);
    g.setTransformDoubleConverter(Charts::decimals);
    chart.draw(g, new Rectangle(0, 0, width, height));
    return g.getSVGElement(id, true, new ViewBox(0, 0, width, height), null, null);
  }

  /** The chart as a PNG data URI at twice the size, sharp in print. */
  static String png(JFreeChart chart, int width, int height) {
    BufferedImage image = new BufferedImage(width * 2, height * 2, BufferedImage.TYPE_INT_RGB);
    Graphics2D g = image.createGraphics();
    try {
      g.scale(2, 2);
      chart.draw(g, new Rectangle(0, 0, width, height));
    } finally {
      g.dispose();
    }
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try {
      ImageIO.write(image, "png", bytes);
    } catch (IOException e) {
      throw new UncheckedIOException("a PNG encoder writing to memory failed", e);
    }
    return "data:image/png;base64," + Base64.getEncoder().encodeToString(bytes.toByteArray());
  }

  /** Coordinates to two decimals, plenty at screen and print sizes, and a third of the bytes of full precision. */
  static String decimals(double d) {
    String s = String.format(java.util.Locale.ROOT, "%.2f", d);
    s = s.contains(".") ? s.replaceAll("0+$", "").replaceAll("\\.$", "") : s;
    return s.equals("-0") ? "0" : s;
  }
}
