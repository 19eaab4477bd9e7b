package io.kubelift.report;

import io.kubelift.assess.CapacityFit;
import io.kubelift.assess.Grade;
import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.geom.Line2D;
import java.awt.geom.Rectangle2D;
import java.util.Locale;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.LegendItem;
import org.jfree.chart.LegendItemCollection;
import org.jfree.chart.axis.AxisLocation;
import org.jfree.chart.axis.CategoryAxis;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.labels.ItemLabelAnchor;
import org.jfree.chart.labels.ItemLabelPosition;
import org.jfree.chart.labels.StandardCategoryItemLabelGenerator;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.plot.ValueMarker;
import org.jfree.chart.renderer.category.StackedBarRenderer;
import org.jfree.chart.ui.TextAnchor;
import org.jfree.data.category.CategoryDataset;
import org.jfree.data.category.DefaultCategoryDataset;

/**
 * The capacity fit as two horizontal bars, CPU and memory, each as long as the allocatable capacity (100 %) and
 * filled to the demand; demand beyond the capacity runs past the 100 % line in the HARD colour and stripes, so an
 * overcommitted cluster stands out in grey scale too. Each bar is labelled with its figures.
 */
final class CapacityChart {
  private static final String DEMAND = "demand";
  private static final String FREE = "allocatable, not demanded";
  private static final String OVER = "demand beyond the allocatable";
  private static final BasicStroke LINE = new BasicStroke(1.5f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 10f,
      new float[] {4f, 3f}, 0f);

  private CapacityChart() {}

  /** Whether there is a chart to draw: both capacities known and above zero. */
  static boolean drawable(CapacityFit f) {
    return f.allocatableCpus() != null && f.allocatableCpus() > 0 && f.allocatableMemoryMiB() != null
        && f.allocatableMemoryMiB() > 0;
  }

  /** The chart; call only when {@link #drawable} says so. */
  static JFreeChart of(CapacityFit f) {
    double cpu = 100 * f.demandCpus() / f.allocatableCpus();
    double memory = 100 * f.demandMemoryMiB() / f.allocatableMemoryMiB();
    DefaultCategoryDataset data = new DefaultCategoryDataset();
    String[] labels = {
      CapacityView.cpus(f.demandCpus()) + " of " + CapacityView.cpus(f.allocatableCpus()) + " CPUs",
      CapacityView.gib(f.demandMemoryMiB()).replace(" GiB", "") + " of " + CapacityView.gib(f.allocatableMemoryMiB())};
    add(data, "CPU", cpu);
    add(data, "Memory", memory);
    StackedBarRenderer renderer = new StackedBarRenderer();
    renderer.setSeriesPaint(0, ChartStyle.NEUTRAL);
    renderer.setSeriesPaint(1, ChartStyle.NEUTRAL_2);
    renderer.setSeriesPaint(2, ChartStyle.paint(Grade.HARD));
    GradeCharts.flat(renderer);
    renderer.setMaximumBarWidth(0.3);
    label(renderer, labels, new double[] {cpu, memory});
    NumberAxis share = new NumberAxis("% of the allocatable capacity");
    share.setRange(0, Math.max(100, Math.max(cpu, memory)) * 1.08);
    share.setStandardTickUnits(NumberAxis.createIntegerTickUnits(Locale.ROOT));
    CategoryPlot plot = new CategoryPlot(data, new CategoryAxis(), share, renderer);
    plot.setOrientation(PlotOrientation.HORIZONTAL);
    plot.setRangeAxisLocation(AxisLocation.BOTTOM_OR_RIGHT);
    plot.addRangeMarker(allocatable());
    plot.setFixedLegendItems(legend(cpu > 100 || memory > 100));
    ChartStyle.axes(plot);
    return ChartStyle.frame(new JFreeChart("Capacity: demand against allocatable", ChartStyle.bold(14), plot, true));
  }

  /** Demand up to the capacity, the free rest of it, and the demand beyond it: percentages that stack. */
  private static void add(DefaultCategoryDataset data, String resource, double percent) {
    data.addValue(Math.min(percent, 100), DEMAND, resource);
    data.addValue(Math.max(0, 100 - percent), FREE, resource);
    data.addValue(Math.max(0, percent - 100), OVER, resource);
  }

  /** The figures on the demand part of each bar, inside it where they fit and beside it where they do not. */
  private static void label(StackedBarRenderer renderer, String[] labels, double[] percents) {
    renderer.setSeriesItemLabelGenerator(0, new StandardCategoryItemLabelGenerator() {
      private static final long serialVersionUID = 1L;

      @Override
      public String generateLabel(CategoryDataset dataset, int row, int column) {
        return labels[column] + " · " + Math.round(percents[column]) + " %";
      }
    });
    renderer.setSeriesItemLabelsVisible(0, true);
    renderer.setSeriesItemLabelFont(0, ChartStyle.bold(11));
    renderer.setSeriesItemLabelPaint(0, Color.WHITE);
    renderer.setSeriesPositiveItemLabelPosition(0,
        new ItemLabelPosition(ItemLabelAnchor.INSIDE3, TextAnchor.CENTER_RIGHT));
    renderer.setPositiveItemLabelPositionFallback(
        new ItemLabelPosition(ItemLabelAnchor.OUTSIDE3, TextAnchor.CENTER_LEFT));
  }

  /** The dashed line at 100 %: all of the allocatable capacity. */
  private static ValueMarker allocatable() {
    return new ValueMarker(100, ChartStyle.INK, LINE);
  }

  private static LegendItemCollection legend(boolean over) {
    LegendItemCollection items = new LegendItemCollection();
    Rectangle2D box = new Rectangle2D.Double(-5, -5, 10, 10);
    items.add(new LegendItem(DEMAND, null, null, null, box, ChartStyle.NEUTRAL));
    items.add(new LegendItem(FREE, null, null, null, box, ChartStyle.NEUTRAL_2));
    if (over) {
      items.add(new LegendItem(OVER, null, null, null, box, ChartStyle.paint(Grade.HARD)));
    }
    items.add(new LegendItem("all of the allocatable", null, null, null, false, box, false, Color.WHITE, false,
        Color.WHITE, LINE, true, new Line2D.Double(-7, 0, 7, 0), LINE, ChartStyle.INK));
    return items;
  }
}
