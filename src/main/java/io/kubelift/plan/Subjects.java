package io.kubelift.plan;

import io.kubelift.assess.AppAssessment;
import io.kubelift.assess.Assessment;
import io.kubelift.assess.VmAssessment;
import io.kubelift.model.Application;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Splits an assessment into plan subjects: each application with its members, then each standalone VM. */
final class Subjects {
  private Subjects() {}

  static List<Subject> of(Assessment a, PlanOptions options) {
    Map<String, String> appNames = new LinkedHashMap<>();
    a.applications().forEach(app -> appNames.put(app.application().name(), app.application().name()));
    Map<String, String> appDirs = DnsNames.unique(appNames);
    List<Subject> out = new ArrayList<>();
    Set<String> planned = new HashSet<>();
    for (AppAssessment app : a.applications()) {
      String name = app.application().name();
      List<VmAssessment> members = members(a, name);
      members.forEach(m -> planned.add(TargetPlanner.key(m)));
      String label = appDirs.get(name);
      out.add(new Subject(name, label, label, app, startOrder(app.application(), members),
          options.namespacePerApp() ? label : null, a));
    }
    Map<String, String> alone = new LinkedHashMap<>();
    Map<String, VmAssessment> byKey = new LinkedHashMap<>();
    for (VmAssessment v : a.vms()) {
      if (!planned.contains(TargetPlanner.key(v))) {
        alone.put(TargetPlanner.key(v), v.vm().name());
        byKey.put(TargetPlanner.key(v), v);
      }
    }
    DnsNames.unique(alone).forEach((key, label) -> out.add(new Subject(byKey.get(key).vm().name(),
        Plan.STANDALONE_DIR + "/" + label, label, null, List.of(byKey.get(key)),
        options.namespacePerApp() ? label : null, a)));
    return out;
  }

  private static List<VmAssessment> members(Assessment a, String app) {
    List<VmAssessment> out = new ArrayList<>();
    for (VmAssessment v : a.vms()) {
      if (app.equals(v.vm().application())) {
        out.add(v);
      }
    }
    return out;
  }

  /**
   * Called tiers before their callers (backend, then application logic, then frontend): a role's rank is one
   * more than the highest rank of the roles it depends on; ties keep the application's member order.
   */
  static List<VmAssessment> startOrder(Application app, List<VmAssessment> members) {
    Map<String, Integer> ranks = new LinkedHashMap<>();
    List<String> declared = new ArrayList<>();
    app.vms().forEach(m -> declared.add(m.name()));
    List<VmAssessment> out = new ArrayList<>(members);
    out.sort(Comparator.comparingInt((VmAssessment v) -> rank(app, v.vm().role(), ranks, new HashSet<>()))
        .thenComparingInt(v -> declared.indexOf(v.vm().name())));
    return out;
  }

  private static int rank(Application app, String role, Map<String, Integer> memo, Set<String> visiting) {
    if (role == null || app.dependencies() == null) {
      return 0;
    }
    Integer known = memo.get(role);
    if (known != null) {
      return known;
    }
    if (!visiting.add(role)) {
      return 0;
    }
    int r = 0;
    for (Application.Dependency dep : app.dependencies()) {
      if (role.equals(dep.from()) && dep.to() != null && !dep.to().equals(role)) {
        r = Math.max(r, 1 + rank(app, dep.to(), memo, visiting));
      }
    }
    visiting.remove(role);
    memo.put(role, r);
    return r;
  }
}
