package io.kubelift.report;

import io.kubelift.assess.AppAssessment;
import io.kubelift.assess.Assessment;
import io.kubelift.assess.VmAssessment;
import io.kubelift.model.Dimension;
import io.kubelift.model.Provenance;
import io.kubelift.rubric.Finding;
import io.kubelift.rubric.FindingStatus;
import java.util.List;

/** The trail behind each rating of a VM, as {@code explain} prints it. */
public final class ExplainText {
  private ExplainText() {}

  public static String vm(VmAssessment v, Assessment a) {
    StringBuilder sb = new StringBuilder();
    sb.append("VM ").append(SummaryTable.clean(v.vm().name()));
    if (v.vm().application() != null) {
      sb.append(" (").append(SummaryTable.clean(v.vm().application())).append(" / ")
          .append(SummaryTable.clean(v.vm().role())).append(')');
    }
    sb.append(" from ").append(SummaryTable.clean(String.valueOf(v.vm().source()))).append('\n');
    List<String> sources = Provenance.sources(v.vm());
    for (String s : sources.subList(Math.min(1, sources.size()), sources.size())) {
      sb.append("  also read from ").append(SummaryTable.clean(s)).append('\n');
    }
    for (String n : Provenance.notes(v.vm())) {
      sb.append("  note: ").append(SummaryTable.clean(n)).append('\n');
    }
    sb.append("  overall ").append(v.overall()).append(v.blocked() ? ", BLOCKED" : ", not blocked")
        .append(", confidence ").append(Labels.confidence(v.confidence())).append(" (")
        .append(v.tally().known()).append(" of ").append(v.tally().consulted()).append(" facts known)\n");
    sb.append("  live-migratable: ").append(Labels.liveMigratable(v.liveMigration().migratable())).append('\n');
    for (String r : v.liveMigration().reasons()) {
      sb.append("    - ").append(SummaryTable.clean(r)).append('\n');
    }
    dimensions(sb, v.findings(), v.grades());
    sb.append("  rubric ").append(a.rubric().id()).append(' ').append(a.rubric().version()).append('\n');
    return sb.toString();
  }

  public static String application(AppAssessment app) {
    StringBuilder sb = new StringBuilder();
    sb.append("Application ").append(SummaryTable.clean(app.application().name())).append(" (pattern ")
        .append(app.application().pattern() == null ? "unknown" : app.application().pattern()).append(", VMs ")
        .append(String.join(", ", app.vms())).append(")\n");
    sb.append("  overall ").append(app.overall()).append(app.blocked() ? ", BLOCKED" : ", not blocked")
        .append(", confidence ").append(Labels.confidence(app.confidence())).append('\n');
    dimensions(sb, app.findings(), app.grades());
    return sb.toString();
  }

  private static void dimensions(StringBuilder sb, List<Finding> findings,
      java.util.Map<Dimension, io.kubelift.assess.Grade> grades) {
    for (Dimension d : Dimension.values()) {
      sb.append("  ").append(d.label()).append(": ").append(grades.get(d)).append('\n');
      for (Finding f : findings) {
        if (f.dimension() != d) {
          continue;
        }
        sb.append("    ").append(f.rating()).append(' ').append(f.rule().id())
            .append(f.status() == FindingStatus.UNKNOWN ? " [unknown]" : "")
            .append(f.rule().blocker() ? " [blocker]" : "").append(": ")
            .append(SummaryTable.clean(f.message())).append('\n');
        sb.append("      why: ").append(f.rule().rationale().strip().replace("\n", " ")).append('\n');
        sb.append("      fix: ").append(f.rule().remediation().strip().replace("\n", " ")).append('\n');
      }
    }
  }
}
