package io.kubelift.report;

import io.kubelift.assess.Assessment;
import io.kubelift.assess.Grade;
import io.kubelift.assess.ImportEstimate;
import io.kubelift.assess.VmAssessment;
import io.kubelift.model.Dimension;
import io.kubelift.model.InputFile;
import io.kubelift.model.Provenance;
import io.kubelift.model.Rejected;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What the templates see: one ordered map of named, pre-formatted values built from an assessment. Each renderer
 * takes the parts it needs; the per-VM rows are built only on request, since the HTML report carries VMs in its
 * data island instead.
 */
final class ReportModel {
  private final Assessment a;
  private final RenderOptions options;
  private final Summary summary;
  private final Figures figures;

  ReportModel(Assessment a, RenderOptions options) {
    this.a = a;
    this.options = options;
    this.summary = Summary.of(a);
    this.figures = Figures.of(a);
  }

  Assessment assessment() {
    return a;
  }

  RenderOptions options() {
    return options;
  }

  Figures figures() {
    return figures;
  }

  /**
   * A count of one grade.
   *
   * @param grade the grade's name
   * @param count how many
   * @param percent its share, rounded
   */
  public record GradeCount(String grade, int count, long percent) {}

  /**
   * One input record that was not assessed.
   *
   * @param input the input file
   * @param location where in it
   * @param reason why
   */
  public record RejectedRow(String input, String location, String reason) {}

  /**
   * A note a reader or the merge made on a VM (another VM of the same name kept apart, inputs that disagreed).
   *
   * @param vm the VM's name
   * @param location where the VM was read
   * @param note the note
   */
  public record NoteRow(String vm, String location, String note) {}

  /** Everything but the per-VM rows and the charts. */
  Map<String, Object> base() {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("rubric", ordered("id", Text.clean(a.rubric().id()), "version", Text.clean(a.rubric().version()),
        "title", Text.clean(a.rubric().title())));
    m.put("summary", summary());
    m.put("dimensions", dimensions());
    m.put("colours", colours());
    m.put("inputs", a.inputs().stream().map(f -> ordered("path", Text.clean(f.path()), "format",
        Text.clean(f.format()), "records", f.records(), "rejected", f.rejected().size())).toList());
    m.put("rejected", rejected());
    m.put("notes", notes());
    m.put("cluster", ClusterSection.of(a));
    m.put("rules", RuleRows.of(a.rubric(), figures.rules, RuleRows.SEVERITY));
    m.put("applications", a.applications().stream().map(app -> Rows.application(app, options.planLinks()))
        .toList());
    return m;
  }

  /** A map in the order given (templates may list it); values may be {@code null}. */
  private static Map<String, Object> ordered(Object... keysAndValues) {
    Map<String, Object> m = new LinkedHashMap<>();
    for (int i = 0; i < keysAndValues.length; i += 2) {
      m.put((String) keysAndValues[i], keysAndValues[i + 1]);
    }
    return m;
  }

  /** The base entries plus the charts (the estate's by name, and the applications' most severe first). */
  Map<String, Object> withCharts(Charts.Drawing how) {
    Map<String, Object> m = base();
    m.put("charts", Charts.estate(a, figures, summary, how));
    m.put("appCharts", Charts.applications(a, how));
    m.put("appChartsOmitted", Math.max(0, a.applications().size() - Charts.MAX_APPLICATION_CHARTS));
    return m;
  }

  /**
   * How many VMs the Markdown and PDF reports detail: a document meant for reading stays readable and renders in
   * seconds however large the estate; assessment.json, vms.csv and index.html list every VM.
   */
  static final int MAX_DETAILED_VMS = 200;

  /**
   * The VMs as rows, at most {@link #MAX_DETAILED_VMS} of them: the hardest (blocked first, then by overall grade,
   * then in report order), listed in report order. Puts {@code vms} and {@code vmsOmitted} into {@code m}.
   */
  void putHardestVms(Map<String, Object> m) {
    List<Integer> order = new ArrayList<>(a.vms().size());
    for (int i = 0; i < a.vms().size(); i++) {
      order.add(i);
    }
    if (order.size() > MAX_DETAILED_VMS) {
      order.sort(java.util.Comparator.comparing((Integer i) -> !a.vms().get(i).blocked())
          .thenComparing(i -> -a.vms().get(i).overall().ordinal()).thenComparing(i -> i));
      order = new ArrayList<>(order.subList(0, MAX_DETAILED_VMS));
      order.sort(null);
    }
    List<Rows.VmRow> out = new ArrayList<>(order.size());
    for (int i : order) {
      out.add(Rows.vm(a.vms().get(i)));
    }
    m.put("vms", out);
    m.put("vmsOmitted", a.vms().size() - out.size());
  }

  private Map<String, Object> summary() {
    Map<String, Object> s = new LinkedHashMap<>();
    s.put("vms", summary.vms());
    s.put("applications", summary.applications());
    s.put("vmGrades", counts(summary.byOverall(), summary.vms()));
    s.put("appGrades", counts(summary.appsByOverall(), summary.applications()));
    s.put("vmsBlocked", summary.blocked());
    s.put("appsBlocked", summary.appsBlocked());
    s.put("confidence", Labels.confidence(summary.averageConfidence()));
    s.put("confidencePercent", Math.round(summary.averageConfidence() * 100));
    s.put("rejected", summary.rejected());
    s.put("disks", figures.disks);
    s.put("disksOfUnknownSize", figures.disksOfUnknownSize);
    s.put("diskGiB", Labels.grouped(figures.diskGiB));
    s.put("diskSize", Labels.size(figures.diskGiB));
    s.put("importTime", ImportEstimate.duration(figures.diskGiB, options.bandwidthMbps()));
    s.put("bandwidthMbps", Labels.number(options.bandwidthMbps()));
    s.put("live", new LinkedHashMap<>(figures.liveMigration));
    s.put("topRules", RuleRows.effort(a.rubric(), figures.rules, 3));
    return s;
  }

  private static List<GradeCount> counts(Map<Grade, Integer> byGrade, int total) {
    List<GradeCount> out = new ArrayList<>();
    for (Grade g : GradeCharts.ORDER) {
      int n = byGrade.get(g);
      out.add(new GradeCount(g.name(), n, total == 0 ? 0 : Math.round(100.0 * n / total)));
    }
    return out;
  }

  private static List<String> dimensions() {
    List<String> out = new ArrayList<>();
    for (Dimension d : Dimension.values()) {
      out.add(d.label());
    }
    return out;
  }

  private static Map<String, String> colours() {
    Map<String, String> out = new LinkedHashMap<>();
    GradeCharts.ORDER.forEach(g -> out.put(g.name(), ChartStyle.hex(g)));
    return out;
  }

  private List<RejectedRow> rejected() {
    List<RejectedRow> out = new ArrayList<>();
    for (InputFile f : a.inputs()) {
      for (Rejected r : f.rejected()) {
        out.add(new RejectedRow(Text.clean(f.path()), Text.clean(r.location()), Text.clean(r.reason())));
      }
    }
    return out;
  }

  private List<NoteRow> notes() {
    List<NoteRow> out = new ArrayList<>();
    for (VmAssessment v : a.vms()) {
      for (String n : Provenance.notes(v.vm())) {
        out.add(new NoteRow(Text.clean(v.vm().name()), Text.clean(String.valueOf(v.vm().source())), Text.clean(n)));
      }
    }
    return out;
  }
}
