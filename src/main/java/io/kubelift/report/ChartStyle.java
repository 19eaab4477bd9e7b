package io.kubelift.report;

import io.kubelift.assess.Grade;
import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.LinearGradientPaint;
import java.awt.MultipleGradientPaint.CycleMethod;
import java.awt.Paint;
import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.title.LegendTitle;
import org.jfree.chart.ui.RectangleEdge;
import org.jfree.chart.ui.RectangleInsets;

/**
 * The report's look, in one place: the grade colours every chart and (through the template) every badge uses, and
 * the fonts and frame of the charts. Colour alone does not carry meaning: MEDIUM, HARD and UNKNOWN are also striped,
 * each in its own direction, and every chart labels its values, so the charts read in black and white and for
 * colour-blind readers. The hues follow the Okabe-Ito palette's separations (bluish green, amber, vermilion red).
 */
final class ChartStyle {
  static final Color INK = new Color(0x1F2933);
  static final Color MUTED = new Color(0x52606D);
  static final Color GRID = new Color(0xE4E7EB);
  /** The neutral series colour of charts that do not show grades. */
  static final Color NEUTRAL = new Color(0x3E6FB0);
  static final Color NEUTRAL_2 = new Color(0x7FA7D9);
  static final String FONT = "SansSerif";

  private static final Map<Grade, Color> COLOURS = new EnumMap<>(Map.of(
      Grade.EASY, new Color(0x00936B),
      Grade.MEDIUM, new Color(0xE09B00),
      Grade.HARD, new Color(0xC8361B),
      Grade.UNKNOWN, new Color(0x9AA5B1)));

  private ChartStyle() {}

  static Color colour(Grade g) {
    return COLOURS.get(g);
  }

  /** {@code #RRGGBB}, for the style sheet. */
  static String hex(Grade g) {
    return String.format(Locale.ROOT, "#%06X", colour(g).getRGB() & 0xFFFFFF);
  }

  /** The fill of a grade: EASY solid, the others striped (MEDIUM rising, HARD falling, UNKNOWN upright). */
  static Paint paint(Grade g) {
    Color c = colour(g);
    switch (g) {
      case MEDIUM:
        return stripes(c, new Color(0xF2B84B), 5, -5);
      case HARD:
        return stripes(c, new Color(0xA32B15), 5, 5);
      case UNKNOWN:
        return stripes(c, new Color(0xC3CAD2), 5, 0);
      default:
        return c;
    }
  }

  /** Repeating stripes; JFreeSVG writes them as a linear gradient with {@code spreadMethod='repeat'}. */
  private static Paint stripes(Color base, Color stripe, float dx, float dy) {
    return new LinearGradientPaint(0f, 0f, dx, dy, new float[] {0f, 0.6f, 0.62f, 1f},
        new Color[] {base, base, stripe, stripe}, CycleMethod.REPEAT);
  }

  static Font font(int size) {
    return new Font(FONT, Font.PLAIN, size);
  }

  static Font bold(int size) {
    return new Font(FONT, Font.BOLD, size);
  }

  /** White, frameless, with a left-aligned title and the legend at the bottom. */
  static JFreeChart frame(JFreeChart chart) {
    chart.setBackgroundPaint(Color.WHITE);
    chart.setBorderVisible(false);
    chart.setPadding(new RectangleInsets(4, 4, 4, 4));
    chart.setAntiAlias(true);
    chart.setTextAntiAlias(true);
    if (chart.getTitle() != null) {
      chart.getTitle().setFont(bold(14));
      chart.getTitle().setPaint(INK);
      chart.getTitle().setHorizontalAlignment(org.jfree.chart.ui.HorizontalAlignment.LEFT);
    }
    LegendTitle legend = chart.getLegend();
    if (legend != null) {
      legend.setItemFont(font(11));
      legend.setItemPaint(INK);
      legend.setFrame(org.jfree.chart.block.BlockBorder.NONE);
      legend.setPosition(RectangleEdge.BOTTOM);
    }
    chart.getPlot().setBackgroundPaint(Color.WHITE);
    chart.getPlot().setOutlineVisible(false);
    chart.getPlot().setNoDataMessage("No data");
    chart.getPlot().setNoDataMessageFont(font(12));
    return chart;
  }

  /** Light value grid lines, muted axes. */
  static void axes(CategoryPlot plot) {
    plot.setRangeGridlinePaint(GRID);
    plot.setRangeGridlineStroke(new BasicStroke(1f));
    plot.setDomainGridlinesVisible(false);
    if (plot.getDomainAxis() != null) { // a subplot shares its parent's
      plot.getDomainAxis().setTickLabelFont(font(11));
      plot.getDomainAxis().setTickLabelPaint(INK);
      plot.getDomainAxis().setAxisLinePaint(GRID);
      plot.getDomainAxis().setTickMarksVisible(false);
    }
    for (int i = 0; i < plot.getRangeAxisCount(); i++) {
      plot.getRangeAxis(i).setTickLabelFont(font(10));
      plot.getRangeAxis(i).setTickLabelPaint(MUTED);
      plot.getRangeAxis(i).setLabelFont(font(11));
      plot.getRangeAxis(i).setLabelPaint(MUTED);
      plot.getRangeAxis(i).setAxisLineVisible(false);
      plot.getRangeAxis(i).setTickMarksVisible(false);
    }
  }
}
