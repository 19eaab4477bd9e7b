package io.kubelift.report;

import io.kubelift.assess.AppAssessment;
import io.kubelift.assess.Grade;
import io.kubelift.model.Dimension;
import java.awt.Color;
import java.awt.Paint;
import java.text.NumberFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.axis.SymbolAxis;
import org.jfree.chart.labels.ItemLabelAnchor;
import org.jfree.chart.labels.ItemLabelPosition;
import org.jfree.chart.labels.StandardCategoryItemLabelGenerator;
import org.jfree.chart.labels.StandardPieSectionLabelGenerator;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.CenterTextMode;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.plot.RingPlot;
import org.jfree.chart.renderer.category.BarRenderer;
import org.jfree.chart.renderer.category.StackedBarRenderer;
import org.jfree.chart.renderer.category.StandardBarPainter;
import org.jfree.chart.ui.TextAnchor;
import org.jfree.data.category.CategoryDataset;
import org.jfree.data.category.DefaultCategoryDataset;
import org.jfree.data.general.DefaultPieDataset;

/** The charts of grades: overall readiness, the four dimensions, each application's profile, live migration. */
final class GradeCharts {
  /** Grades in reading order, from good to bad, unknown last. */
  static final List<Grade> ORDER = List.of(Grade.EASY, Grade.MEDIUM, Grade.HARD, Grade.UNKNOWN);

  private GradeCharts() {}

  /** A donut of VMs per overall grade, the total in the middle. */
  static JFreeChart readiness(Map<Grade, Integer> byOverall, int vms) {
    DefaultPieDataset<String> data = new DefaultPieDataset<>();
    for (Grade g : ORDER) {
      data.setValue(g.name(), byOverall.get(g));
    }
    RingPlot plot = ring(data, vms + " VMs");
    ORDER.forEach(g -> plot.setSectionPaint(g.name(), ChartStyle.paint(g)));
    return ChartStyle.frame(new JFreeChart("Overall readiness", ChartStyle.bold(14), plot, true));
  }

  /** A donut of VMs that can, cannot, or may live-migrate on the target. */
  static JFreeChart liveMigration(Map<String, Integer> counts, int vms) {
    DefaultPieDataset<String> data = new DefaultPieDataset<>();
    counts.forEach((k, v) -> data.setValue(k, v));
    RingPlot plot = ring(data, vms + " VMs");
    plot.setSectionPaint("yes", ChartStyle.paint(Grade.EASY));
    plot.setSectionPaint("no", ChartStyle.paint(Grade.HARD));
    plot.setSectionPaint("unknown", ChartStyle.paint(Grade.UNKNOWN));
    return ChartStyle.frame(new JFreeChart("Live migration on the target", ChartStyle.bold(14), plot, true));
  }

  private static RingPlot ring(DefaultPieDataset<String> data, String centre) {
    RingPlot plot = new RingPlot(data);
    plot.setIgnoreZeroValues(true);
    plot.setSectionDepth(0.38);
    plot.setSeparatorsVisible(false);
    plot.setShadowPaint(null);
    plot.setSectionOutlinesVisible(false);
    plot.setCenterTextMode(CenterTextMode.FIXED);
    plot.setCenterText(centre);
    plot.setCenterTextFont(ChartStyle.bold(13));
    plot.setCenterTextColor(ChartStyle.INK);
    plot.setLabelGenerator(new StandardPieSectionLabelGenerator("{0}: {1} ({2})",
        NumberFormat.getIntegerInstance(Locale.ROOT), NumberFormat.getPercentInstance(Locale.ROOT)));
    plot.setLegendLabelGenerator(new StandardPieSectionLabelGenerator("{0}",
        NumberFormat.getIntegerInstance(Locale.ROOT), NumberFormat.getPercentInstance(Locale.ROOT)));
    plot.setLabelFont(ChartStyle.font(11));
    plot.setLabelPaint(ChartStyle.INK);
    plot.setLabelBackgroundPaint(Color.WHITE);
    plot.setLabelOutlinePaint(null);
    plot.setLabelShadowPaint(null);
    plot.setLabelLinkPaint(ChartStyle.MUTED);
    return plot;
  }

  /** The four dimensions as stacked bars of VMs per grade, counts written on the bars. */
  static JFreeChart dimensions(Map<Dimension, Map<Grade, Integer>> counts) {
    DefaultCategoryDataset data = new DefaultCategoryDataset();
    for (Grade g : ORDER) {
      counts.forEach((d, byGrade) -> data.addValue(byGrade.get(g), g.name(), d.label()));
    }
    StackedBarRenderer renderer = new StackedBarRenderer();
    for (int i = 0; i < ORDER.size(); i++) {
      renderer.setSeriesPaint(i, ChartStyle.paint(ORDER.get(i)));
    }
    flat(renderer);
    renderer.setMaximumBarWidth(0.14);
    labels(renderer, ItemLabelAnchor.CENTER, TextAnchor.CENTER, Color.WHITE);
    for (int i = 0; i < ORDER.size(); i++) {
      // dark text where the fill is light, white where it is dark
      boolean light = ORDER.get(i) == Grade.MEDIUM || ORDER.get(i) == Grade.UNKNOWN;
      renderer.setSeriesItemLabelPaint(i, light ? ChartStyle.INK : Color.WHITE);
    }
    NumberAxis vms = new NumberAxis("VMs");
    vms.setStandardTickUnits(NumberAxis.createIntegerTickUnits(Locale.ROOT));
    CategoryPlot plot = new CategoryPlot(data, new org.jfree.chart.axis.CategoryAxis(), vms, renderer);
    plot.setOrientation(PlotOrientation.HORIZONTAL);
    ChartStyle.axes(plot);
    return ChartStyle.frame(new JFreeChart("The four dimensions: VMs per rating", ChartStyle.bold(14), plot, true));
  }

  /** One application's four dimensions on the Easy / Medium / Hard scale; an unknown one is a short grey bar. */
  static JFreeChart application(AppAssessment app) {
    DefaultCategoryDataset data = new DefaultCategoryDataset();
    Grade[] grades = new Grade[Dimension.values().length];
    for (Dimension d : Dimension.values()) {
      grades[d.ordinal()] = app.grades().get(d);
      // the first word ("Image", "Configuration", ...) fits four bars into a small chart
      data.addValue(level(grades[d.ordinal()]), "rating", d.label().split(" ")[0]);
    }
    BarRenderer renderer = new BarRenderer() {
      private static final long serialVersionUID = 1L;

      @Override
      public Paint getItemPaint(int row, int column) {
        return ChartStyle.paint(grades[column]);
      }
    };
    flat(renderer);
    renderer.setMaximumBarWidth(0.16);
    renderer.setDefaultItemLabelGenerator(new StandardCategoryItemLabelGenerator() {
      private static final long serialVersionUID = 1L;

      @Override
      public String generateLabel(CategoryDataset dataset, int row, int column) {
        return grades[column].name();
      }
    });
    renderer.setDefaultItemLabelsVisible(true);
    renderer.setDefaultItemLabelFont(ChartStyle.bold(9));
    renderer.setDefaultItemLabelPaint(ChartStyle.INK);
    SymbolAxis scale = new SymbolAxis(null, new String[] {"", "Easy", "Medium", "Hard"});
    scale.setRange(0, 3.6);
    scale.setGridBandsVisible(false);
    CategoryPlot plot = new CategoryPlot(data, new org.jfree.chart.axis.CategoryAxis(), scale, renderer);
    ChartStyle.axes(plot);
    plot.getDomainAxis().setTickLabelFont(ChartStyle.font(10));
    String title = Text.clean(app.application().name()) + (app.blocked() ? " (blocked)" : "");
    JFreeChart chart = new JFreeChart(title, ChartStyle.bold(12), plot, false);
    return ChartStyle.frame(chart);
  }

  /** Where a grade sits on the Easy(1) / Medium(2) / Hard(3) scale; unknown sits below Easy. */
  private static double level(Grade g) {
    switch (g) {
      case EASY:
        return 1;
      case MEDIUM:
        return 2;
      case HARD:
        return 3;
      default:
        return 0.5;
    }
  }

  static void flat(BarRenderer renderer) {
    renderer.setBarPainter(new StandardBarPainter());
    renderer.setShadowVisible(false);
    renderer.setDrawBarOutline(false);
  }

  /** Value labels on the bars; zero values get none, so an empty segment leaves no stray "0". */
  static void labels(BarRenderer renderer, ItemLabelAnchor anchor, TextAnchor text, Color colour) {
    renderer.setDefaultItemLabelGenerator(new StandardCategoryItemLabelGenerator("{2}",
        NumberFormat.getIntegerInstance(Locale.ROOT)) {
      private static final long serialVersionUID = 1L;

      @Override
      public String generateLabel(CategoryDataset dataset, int row, int column) {
        Number n = dataset.getValue(row, column);
        return n == null || n.doubleValue() == 0 ? null : super.generateLabel(dataset, row, column);
      }
    });
    renderer.setDefaultItemLabelsVisible(true);
    renderer.setDefaultItemLabelFont(ChartStyle.bold(11));
    renderer.setDefaultItemLabelPaint(colour);
    renderer.setDefaultPositiveItemLabelPosition(new ItemLabelPosition(anchor, text));
  }
}
