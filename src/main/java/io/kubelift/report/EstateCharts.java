package io.kubelift.report;

import io.kubelift.assess.Grade;
import io.kubelift.rubric.Rubric;
import io.kubelift.rubric.Rule;
import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Paint;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Rectangle2D;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.LegendItem;
import org.jfree.chart.LegendItemCollection;
import org.jfree.chart.axis.CategoryAxis;
import org.jfree.chart.axis.CategoryLabelPositions;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.labels.ItemLabelAnchor;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.CombinedDomainCategoryPlot;
import org.jfree.chart.plot.DatasetRenderingOrder;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.renderer.category.BarRenderer;
import org.jfree.chart.renderer.category.LineAndShapeRenderer;
import org.jfree.chart.ui.TextAnchor;
import org.jfree.data.category.DefaultCategoryDataset;

/** The charts of the estate: where the effort comes from (a Pareto of rules) and what there is to import. */
final class EstateCharts {
  /** Bars in the Pareto chart; the rest are in the findings table. */
  static final int TOP_RULES = 12;

  private EstateCharts() {}

  /**
   * The rules rated MEDIUM or HARD that fired, by VMs affected, with the cumulative share of all such VM-rule pairs:
   * the few rules that make most of the work stand out.
   */
  static JFreeChart pareto(Map<String, Figures.RuleStats> stats, Rubric rubric) {
    List<Rule> effort = new ArrayList<>();
    long total = 0;
    for (Rule r : rubric.rules()) {
      Figures.RuleStats s = stats.get(r.id());
      if (s != null && s.vms > 0 && r.rating() != io.kubelift.model.Rating.EASY) {
        effort.add(r);
        total += s.vms;
      }
    }
    effort.sort(Comparator.comparing((Rule r) -> -stats.get(r.id()).vms)
        .thenComparing(Rule::rating, Comparator.reverseOrder()).thenComparing(Rule::id));
    List<Rule> top = effort.subList(0, Math.min(TOP_RULES, effort.size()));
    DefaultCategoryDataset bars = new DefaultCategoryDataset();
    DefaultCategoryDataset cumulative = new DefaultCategoryDataset();
    long running = 0;
    for (Rule r : top) {
      int vms = stats.get(r.id()).vms;
      running += vms;
      bars.addValue(vms, "VMs affected", r.id());
      cumulative.addValue(100.0 * running / total, "Cumulative share", r.id());
    }
    BarRenderer renderer = new BarRenderer() {
      private static final long serialVersionUID = 1L;

      @Override
      public Paint getItemPaint(int row, int column) {
        return ChartStyle.paint(Grade.of(top.get(column).rating()));
      }
    };
    GradeCharts.flat(renderer);
    renderer.setMaximumBarWidth(0.07);
    GradeCharts.labels(renderer, ItemLabelAnchor.OUTSIDE12, TextAnchor.BOTTOM_CENTER, ChartStyle.INK);
    NumberAxis vms = new NumberAxis("VMs affected");
    vms.setStandardTickUnits(NumberAxis.createIntegerTickUnits(Locale.ROOT));
    vms.setUpperMargin(0.15);
    CategoryAxis rules = new CategoryAxis();
    rules.setCategoryLabelPositions(CategoryLabelPositions.UP_45);
    CategoryPlot plot = new CategoryPlot(bars, rules, vms, renderer);
    plot.setDataset(1, cumulative);
    NumberAxis share = new NumberAxis("Cumulative %");
    share.setRange(0, 105);
    share.setStandardTickUnits(NumberAxis.createIntegerTickUnits(Locale.ROOT));
    plot.setRangeAxis(1, share);
    plot.mapDatasetToRangeAxis(1, 1);
    LineAndShapeRenderer line = new LineAndShapeRenderer();
    line.setSeriesPaint(0, ChartStyle.INK);
    line.setSeriesStroke(0, new BasicStroke(1.5f));
    line.setSeriesShape(0, new Ellipse2D.Double(-3, -3, 6, 6));
    plot.setRenderer(1, line);
    plot.setDatasetRenderingOrder(DatasetRenderingOrder.FORWARD);
    plot.setFixedLegendItems(legend());
    ChartStyle.axes(plot);
    plot.getDomainAxis().setTickLabelFont(ChartStyle.font(10));
    return ChartStyle.frame(new JFreeChart("Where the effort comes from: rules by VMs affected",
        ChartStyle.bold(14), plot, true));
  }

  private static LegendItemCollection legend() {
    LegendItemCollection items = new LegendItemCollection();
    Rectangle2D box = new Rectangle2D.Double(-5, -5, 10, 10);
    for (Grade g : List.of(Grade.MEDIUM, Grade.HARD)) {
      items.add(new LegendItem(g.name() + " rule", null, null, null, box, ChartStyle.paint(g)));
    }
    items.add(new LegendItem("cumulative % of affected VMs", null, null, null, false, box, false, Color.WHITE,
        false, Color.WHITE, new BasicStroke(), true, new java.awt.geom.Line2D.Double(-7, 0, 7, 0),
        new BasicStroke(1.5f), ChartStyle.INK));
    return items;
  }

  /** Disks per format, by count and by capacity, side by side on one format axis. */
  static JFreeChart disks(Map<String, Figures.DiskTotal> formats) {
    DefaultCategoryDataset count = new DefaultCategoryDataset();
    DefaultCategoryDataset gib = new DefaultCategoryDataset();
    formats.forEach((format, t) -> {
      count.addValue(t.count(), "disks", format);
      gib.addValue(Math.round(t.gib()), "GiB", format);
    });
    CombinedDomainCategoryPlot plot = new CombinedDomainCategoryPlot(new CategoryAxis());
    plot.add(subplot(count, "disks", ChartStyle.NEUTRAL));
    plot.add(subplot(gib, "GiB", ChartStyle.NEUTRAL_2));
    plot.setOrientation(PlotOrientation.HORIZONTAL);
    plot.setGap(16);
    plot.getDomainAxis().setTickLabelFont(ChartStyle.font(11));
    plot.getDomainAxis().setTickLabelPaint(ChartStyle.INK);
    plot.getDomainAxis().setAxisLinePaint(ChartStyle.GRID);
    plot.getDomainAxis().setTickMarksVisible(false);
    return ChartStyle.frame(new JFreeChart("Disks by format: count and GiB", ChartStyle.bold(14), plot, false));
  }

  private static CategoryPlot subplot(DefaultCategoryDataset data, String unit, Color colour) {
    BarRenderer renderer = new BarRenderer();
    renderer.setSeriesPaint(0, colour);
    GradeCharts.flat(renderer);
    renderer.setMaximumBarWidth(0.2);
    GradeCharts.labels(renderer, ItemLabelAnchor.OUTSIDE3, TextAnchor.CENTER_LEFT, ChartStyle.INK);
    NumberAxis axis = new NumberAxis(unit);
    axis.setStandardTickUnits(NumberAxis.createIntegerTickUnits(Locale.ROOT));
    axis.setUpperMargin(0.25);
    CategoryPlot plot = new CategoryPlot(data, null, axis, renderer);
    plot.setOutlineVisible(false);
    plot.setRangeAxisLocation(org.jfree.chart.axis.AxisLocation.BOTTOM_OR_RIGHT);
    ChartStyle.axes(plot);
    return plot;
  }
}
