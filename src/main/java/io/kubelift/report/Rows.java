package io.kubelift.report;

import io.kubelift.assess.AppAssessment;
import io.kubelift.assess.Grade;
import io.kubelift.assess.VmAssessment;
import io.kubelift.model.Dimension;
import io.kubelift.rubric.Finding;
import io.kubelift.rubric.FindingStatus;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/**
 * Table rows of VMs, applications and findings for the templates: inventory strings cleaned ({@link Text}), numbers
 * formatted, every field named, so a template only lays them out. Escaping is left to the template's output format.
 */
final class Rows {
  private Rows() {}

  /**
   * A finding as a report shows it.
   *
   * @param rule the rule id
   * @param title the rule's title
   * @param dimension the dimension's label
   * @param rating EASY, MEDIUM or HARD
   * @param fired true when the rule applied; false when it could not be decided for lack of facts
   * @param blocker whether the rule blocks the move (when fired)
   * @param message what was found, or which facts were missing
   */
  public record FindingRow(String rule, String title, String dimension, String rating, boolean fired, boolean blocker,
      String message) {}

  /**
   * A VM.
   *
   * @param name its name
   * @param application its application, or {@code null}
   * @param role its role there, or {@code null}
   * @param source file and line it was read from
   * @param grades the four dimensions' grades, in {@link Dimension} order
   * @param overall the overall grade
   * @param blocked whether a blocker fired
   * @param confidence share of facts known, two decimals
   * @param liveMigratable yes, no or unknown
   * @param diskGiB capacity of its disks, or {@code null} when a size is unknown
   * @param findings its findings, in rule order
   * @param liveReasons what decided live-migratability
   */
  public record VmRow(String name, String application, String role, String source, List<String> grades, String overall,
      boolean blocked, String confidence, String liveMigratable, String diskGiB, List<FindingRow> findings,
      List<String> liveReasons) {}

  /**
   * An application.
   *
   * @param name its name
   * @param pattern its HA pattern, or {@code null}
   * @param vms its member VMs
   * @param missing members no input contained
   * @param grades the four dimensions' grades
   * @param overall the overall grade
   * @param blocked whether it or a member is blocked
   * @param confidence share of facts known, two decimals
   * @param plan link to its migration plan, or {@code null}
   * @param findings the application rules' findings
   */
  public record AppRow(String name, String pattern, List<String> vms, List<String> missing, List<String> grades,
      String overall, boolean blocked, String confidence, String plan, List<FindingRow> findings) {}

  static VmRow vm(VmAssessment v) {
    List<String> reasons = new ArrayList<>();
    v.liveMigration().reasons().forEach(r -> reasons.add(Text.clean(r)));
    return new VmRow(Text.clean(v.vm().name()), Text.clean(v.vm().application()), Text.clean(v.vm().role()),
        Text.clean(String.valueOf(v.vm().source())), grades(v.grades()), v.overall().name(), v.blocked(),
        Labels.confidence(v.confidence()), Labels.liveMigratable(v.liveMigration().migratable()), diskGiB(v),
        findings(v.findings()), reasons);
  }

  static AppRow application(AppAssessment a, Map<String, String> planLinks) {
    List<String> vms = new ArrayList<>();
    a.vms().forEach(n -> vms.add(Text.clean(n)));
    List<String> missing = new ArrayList<>();
    a.missing().forEach(n -> missing.add(Text.clean(n)));
    return new AppRow(Text.clean(a.application().name()), Text.clean(a.application().pattern()), vms, missing,
        grades(a.grades()), a.overall().name(), a.blocked(), Labels.confidence(a.confidence()),
        planLinks.get(a.application().name()), findings(a.findings()));
  }

  static List<String> grades(Map<Dimension, Grade> grades) {
    List<String> out = new ArrayList<>();
    for (Dimension d : Dimension.values()) {
      out.add(grades.get(d).name());
    }
    return out;
  }

  /** The findings, the hardest first, fired before undecided, otherwise in rule order. */
  static List<FindingRow> findings(List<Finding> findings) {
    List<Finding> sorted = new ArrayList<>(findings);
    sorted.sort(Comparator.comparing((Finding f) -> f.rating(), Comparator.reverseOrder())
        .thenComparing(Finding::status));
    List<FindingRow> out = new ArrayList<>(sorted.size());
    for (Finding f : sorted) {
      out.add(new FindingRow(f.rule().id(), Text.clean(f.rule().title()), f.dimension().label(), f.rating().name(),
          f.status() == FindingStatus.FIRED, f.rule().blocker(), Text.clean(f.message())));
    }
    return out;
  }

  /** The VM's disk capacity in GiB without CD-ROM images, or {@code null} when the disks or a size are unknown. */
  static String diskGiB(VmAssessment v) {
    Double gib = diskGiBValue(v);
    return gib == null ? null : Labels.number(gib);
  }

  static Double diskGiBValue(VmAssessment v) {
    return v.vm().diskGiB();
  }

}
