package io.kubelift.assess;

import io.kubelift.model.Application;
import io.kubelift.model.Dimension;
import io.kubelift.rubric.Finding;
import io.kubelift.rubric.Tally;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * The assessment of one application: the worst of its VMs per dimension plus its own rules.
 *
 * @param application the application as read
 * @param vms the names of its member VMs that were assessed, sorted
 * @param missing member names that no input contained
 * @param grades the grade of each dimension
 * @param overall the worst of the four
 * @param blocked whether a member or an application rule is blocked
 * @param tally facts known of those consulted, members included
 * @param findings the application rules' findings, in rule order
 */
public record AppAssessment(
    Application application,
    List<String> vms,
    List<String> missing,
    Map<Dimension, Grade> grades,
    Grade overall,
    boolean blocked,
    Tally tally,
    List<Finding> findings) {
  public AppAssessment {
    vms = List.copyOf(vms);
    missing = List.copyOf(missing);
    grades = Collections.unmodifiableMap(new EnumMap<>(grades));
    findings = List.copyOf(findings);
  }

  /** Share of consulted facts that were known, two decimals. */
  public double confidence() {
    return Aggregation.round(tally.ratio());
  }
}
