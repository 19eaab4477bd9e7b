package io.kubelift.assess;

import io.kubelift.model.Dimension;
import io.kubelift.model.Vm;
import io.kubelift.rubric.Finding;
import io.kubelift.rubric.Tally;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * The assessment of one VM.
 *
 * @param vm the VM as read
 * @param grades the grade of each dimension
 * @param overall the worst of the four
 * @param blocked whether a blocker fired
 * @param tally facts known of those consulted
 * @param liveMigration whether it can live-migrate, and why
 * @param findings fired and undecided findings, in rule order
 */
public record VmAssessment(
    Vm vm,
    Map<Dimension, Grade> grades,
    Grade overall,
    boolean blocked,
    Tally tally,
    LiveMigration liveMigration,
    List<Finding> findings) {
  public VmAssessment {
    Map<Dimension, Grade> shared = Aggregation.canonical(grades);
    grades = shared != null ? shared : Collections.unmodifiableMap(new EnumMap<>(grades));
    findings = List.copyOf(findings);
  }

  /** Share of consulted facts that were known, two decimals. */
  public double confidence() {
    return Aggregation.round(tally.ratio());
  }
}
