package io.kubelift.report;

import io.kubelift.assess.AppAssessment;
import io.kubelift.assess.Assessment;
import io.kubelift.assess.Grade;
import io.kubelift.assess.VmAssessment;
import io.kubelift.model.Dimension;
import java.util.Map;

/** The table {@code assess} prints: one row per application, then standalone VMs, then the totals. */
public final class SummaryTable {
  private SummaryTable() {}

  /** The summary for a terminal; VM names and other inventory strings are printed with control characters removed. */
  public static String render(Assessment a) {
    StringBuilder sb = new StringBuilder();
    if (!a.applications().isEmpty()) {
      TextTable t = new TextTable("APPLICATION", "PATTERN", "VMS", "IMAGE", "CONFIG", "RELIAB", "MAINT", "OVERALL",
          "BLOCKED", "CONF");
      for (AppAssessment app : a.applications()) {
        t.row(row(app.application().name(), app.application().pattern(), String.valueOf(app.vms().size()),
            app.grades(), app.overall(), app.blocked(), app.confidence()));
      }
      sb.append(t.render()).append('\n');
    }
    TextTable t = new TextTable("VM", "APPLICATION", "ROLE", "IMAGE", "CONFIG", "RELIAB", "MAINT", "OVERALL",
        "BLOCKED", "CONF", "LIVE-MIG");
    for (VmAssessment v : a.vms()) {
      String[] r = row(v.vm().name(), v.vm().application(), v.vm().role(), v.grades(), v.overall(), v.blocked(),
          v.confidence());
      String[] withLm = java.util.Arrays.copyOf(r, r.length + 1);
      withLm[r.length] = Labels.liveMigratable(v.liveMigration().migratable());
      t.row(withLm);
    }
    sb.append(t.render());
    Summary s = Summary.of(a);
    sb.append('\n').append(s.vms()).append(" VMs");
    if (s.vms() > 0) { // "0 VMs ()" reads as a glitch; a header-only inventory is a normal outcome
      sb.append(" (");
      appendCounts(sb, s.byOverall());
      sb.append(')');
    }
    sb.append(", ").append(s.blocked()).append(" blocked; ").append(s.applications()).append(" applications, ")
        .append(s.appsBlocked()).append(" blocked; ").append(s.rejected()).append(" input records rejected; ")
        .append("rubric ").append(a.rubric().id()).append(' ').append(a.rubric().version()).append('\n');
    sb.append(ClusterSummary.render(a));
    return sb.toString();
  }

  private static void appendCounts(StringBuilder sb, Map<Grade, Integer> counts) {
    boolean first = true;
    for (Map.Entry<Grade, Integer> e : counts.entrySet()) {
      if (e.getValue() > 0) {
        sb.append(first ? "" : ", ").append(e.getValue()).append(' ').append(e.getKey().name());
        first = false;
      }
    }
  }

  private static String[] row(String name, String group, String role, Map<Dimension, Grade> g, Grade overall,
      boolean blocked, double confidence) {
    return new String[] {cell(name), cell(group == null ? "-" : group), cell(role == null ? "-" : role),
      g.get(Dimension.IMAGE_MIGRATION).name(), g.get(Dimension.CONFIGURATION).name(),
      g.get(Dimension.RELIABILITY).name(), g.get(Dimension.MAINTENANCE).name(), overall.name(),
      Labels.yesNo(blocked), Labels.confidence(confidence)};
  }

  /** Inventory text made safe for a terminal: control characters (escape sequences) become '?'. */
  public static String clean(String s) {
    if (s == null) {
      return "-";
    }
    StringBuilder sb = new StringBuilder(s.length());
    s.codePoints().forEach(c -> sb.appendCodePoint(Character.isISOControl(c) ? '?' : c));
    return sb.toString();
  }

  /** A table cell: cleaned, and cut at 60 characters so one long name cannot stretch the table. */
  static String cell(String s) {
    String c = clean(s);
    return c.length() > 60 ? c.substring(0, 59) + "…" : c;
  }
}
