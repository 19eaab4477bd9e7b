package io.kubelift.report;

import io.kubelift.assess.AppAssessment;
import io.kubelift.assess.Assessment;
import io.kubelift.assess.Grade;
import io.kubelift.assess.VmAssessment;
import io.kubelift.model.InputFile;
import java.util.Map;

/**
 * The headline figures of an assessment.
 *
 * @param vms VMs assessed
 * @param applications applications assessed
 * @param rejected input records rejected
 * @param byOverall VMs per overall grade
 * @param blocked VMs blocked
 * @param appsByOverall applications per overall grade
 * @param appsBlocked applications blocked
 * @param averageConfidence mean VM confidence, two decimals
 */
public record Summary(
    int vms,
    int applications,
    int rejected,
    Map<Grade, Integer> byOverall,
    int blocked,
    Map<Grade, Integer> appsByOverall,
    int appsBlocked,
    double averageConfidence) {

  public static Summary of(Assessment a) {
    Map<Grade, Integer> by = JsonReportRenderer.zeroes();
    int blocked = 0;
    double conf = 0;
    for (VmAssessment v : a.vms()) {
      by.merge(v.overall(), 1, Integer::sum);
      blocked += v.blocked() ? 1 : 0;
      conf += v.confidence();
    }
    Map<Grade, Integer> apps = JsonReportRenderer.zeroes();
    int appsBlocked = 0;
    for (AppAssessment app : a.applications()) {
      apps.merge(app.overall(), 1, Integer::sum);
      appsBlocked += app.blocked() ? 1 : 0;
    }
    int rejected = 0;
    for (InputFile f : a.inputs()) {
      rejected += f.rejected().size();
    }
    double avg = a.vms().isEmpty() ? 0 : Math.round(conf / a.vms().size() * 100) / 100.0;
    return new Summary(a.vms().size(), a.applications().size(), rejected, by, blocked, apps, appsBlocked, avg);
  }
}
