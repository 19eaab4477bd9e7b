package io.kubelift.plan;

import io.kubelift.assess.AppAssessment;
import io.kubelift.assess.Assessment;
import io.kubelift.assess.VmAssessment;
import io.kubelift.model.Application;
import java.util.List;

/**
 * What one plan directory covers: an application with its members, or a standalone VM.
 *
 * @param name the application's (or standalone VM's) name in the inventory
 * @param dir the plan directory, relative to the plan root, {@code /}-separated
 * @param label the sanitised name used as the {@code app.kubernetes.io/part-of} label
 * @param app the application's assessment, or {@code null} for a standalone VM
 * @param members the member VMs' assessments in start order (called tiers first)
 * @param namespace the namespace of every object, or {@code null} for the current one
 * @param assessment the whole assessment (rubric, cluster facts)
 */
record Subject(String name, String dir, String label, AppAssessment app, List<VmAssessment> members,
    String namespace, Assessment assessment) {
  Subject {
    members = List.copyOf(members);
  }

  boolean blocked() {
    return app != null ? app.blocked() : members.stream().anyMatch(VmAssessment::blocked);
  }

  /** The application as declared, or {@code null} for a standalone VM. */
  Application application() {
    return app == null ? null : app.application();
  }
}
