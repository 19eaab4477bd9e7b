package io.kubelift.assess;

import io.kubelift.model.Application;
import io.kubelift.model.ClusterFacts;
import io.kubelift.model.Dimension;
import io.kubelift.model.Inventory;
import io.kubelift.model.Vm;
import io.kubelift.rubric.ApplicationSubject;
import io.kubelift.rubric.Finding;
import io.kubelift.rubric.RuleEvaluator;
import io.kubelift.rubric.Rubric;
import io.kubelift.rubric.Tally;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/** Assesses an inventory with a rubric against a target cluster. */
public final class Assessor {
  /** The order VMs are reported in, whatever order they were read in. */
  public static final Comparator<Vm> VM_ORDER = Comparator
      .comparing((Vm v) -> v.application() == null ? "" : v.application())
      .thenComparing(Vm::name)
      .thenComparing(v -> v.source() == null ? "" : v.source().toString());

  private final RuleEvaluator evaluator;

  public Assessor(Rubric rubric) {
    this.evaluator = new RuleEvaluator(rubric);
  }

  public Assessment assess(Inventory inventory, ClusterFacts cluster) {
    List<Vm> vms = new ArrayList<>(inventory.vms());
    vms.sort(VM_ORDER);
    List<VmAssessment> vmResults = new ArrayList<>(vms.size());
    Map<String, List<VmAssessment>> byName = new HashMap<>();
    for (Vm vm : vms) {
      VmAssessment a = assess(vm, cluster);
      vmResults.add(a);
      byName.computeIfAbsent(vm.name(), k -> new ArrayList<>()).add(a);
    }
    List<Application> apps = new ArrayList<>(inventory.applications());
    apps.sort(Comparator.comparing(Application::name));
    List<AppAssessment> appResults = new ArrayList<>();
    for (Application app : apps) {
      appResults.add(assess(app, byName, cluster));
    }
    return new Assessment(evaluator.rubric(), inventory.inputs(), cluster, vmResults, appResults);
  }

  /** One VM. */
  public VmAssessment assess(Vm vm, ClusterFacts cluster) {
    List<Finding> findings = evaluator.evaluate(vm, cluster);
    Map<Dimension, Grade> grades = Aggregation.grades(findings);
    return new VmAssessment(vm, grades, Aggregation.overall(grades), Aggregation.blocked(findings),
        evaluator.tally(vm, cluster), LiveMigration.of(findings), findings);
  }

  private AppAssessment assess(Application app, Map<String, List<VmAssessment>> byName, ClusterFacts cluster) {
    List<Vm> members = new ArrayList<>();
    List<VmAssessment> memberResults = new ArrayList<>();
    TreeSet<String> names = new TreeSet<>();
    TreeSet<String> missing = new TreeSet<>();
    for (Application.Member m : app.vms()) {
      List<VmAssessment> found = byName.get(m.name());
      if (found == null) {
        missing.add(m.name());
        continue;
      }
      for (VmAssessment a : found) {
        if (app.name().equals(a.vm().application())) {
          members.add(a.vm());
          memberResults.add(a);
          names.add(m.name());
        }
      }
    }
    ApplicationSubject subject = new ApplicationSubject(app, members);
    List<Finding> findings = evaluator.evaluate(subject, cluster);
    Map<Dimension, Grade> grades = Aggregation.grades(findings);
    boolean blocked = Aggregation.blocked(findings);
    Tally tally = evaluator.tally(subject, cluster);
    for (VmAssessment a : memberResults) {
      grades = Aggregation.worst(grades, a.grades());
      blocked |= a.blocked();
      tally = tally.plus(a.tally());
    }
    return new AppAssessment(app, new ArrayList<>(names), new ArrayList<>(missing), grades,
        Aggregation.overall(grades), blocked, tally, findings);
  }
}
