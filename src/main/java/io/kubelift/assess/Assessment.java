package io.kubelift.assess;

import io.kubelift.model.ClusterFacts;
import io.kubelift.model.InputFile;
import io.kubelift.rubric.Rubric;
import java.util.List;

/**
 * The whole result: every VM and application assessed, in a stable order, with the inputs and rubric behind them.
 *
 * @param rubric the rubric applied
 * @param inputs every input with its record and rejected counts
 * @param cluster the target cluster's facts (possibly all unknown)
 * @param vms VM assessments sorted by application, name and source
 * @param applications application assessments sorted by name
 */
public record Assessment(
    Rubric rubric,
    List<InputFile> inputs,
    ClusterFacts cluster,
    List<VmAssessment> vms,
    List<AppAssessment> applications) {
  public Assessment {
    inputs = List.copyOf(inputs);
    vms = List.copyOf(vms);
    applications = List.copyOf(applications);
  }
}
