package io.kubelift.plan;

import io.fabric8.kubernetes.api.model.HasMetadata;
import io.kubelift.assess.Assessment;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Plans the move of an assessed estate: decides per VM, runs the enrichers in order (namespace, networks,
 * DataVolumes, ContainerDisk images, Services, VMs, the guests' fencing identity) and writes the runbook. Blocked applications get only the
 * runbook.
 */
public final class Planner {
  private final PlanOptions options;

  public Planner(PlanOptions options) {
    this.options = options;
  }

  public Plan plan(Assessment assessment) {
    List<AppPlan> out = new ArrayList<>();
    for (Subject s : Subjects.of(assessment, options)) {
      out.add(plan(s));
    }
    return new Plan(out);
  }

  private AppPlan plan(Subject s) {
    Draft d = new Draft(s, options);
    if (!s.blocked()) {
      TargetPlanner.decide(d);
      for (Enricher e : enrichers()) {
        e.enrich(d);
      }
    }
    Map<String, String> files = new LinkedHashMap<>();
    List<HasMetadata> objects = new ArrayList<>();
    d.manifests.forEach((file, objs) -> {
      files.put(file, ManifestYaml.of(objs));
      objects.addAll(objs);
    });
    files.putAll(d.files);
    files.put(AppPlan.RUNBOOK, new Runbook(d).render());
    return new AppPlan(s.name(), s.dir(), s.app() == null, s.blocked(), files, objects);
  }

  /** The enrichers in the order their objects are applied. */
  static List<Enricher> enrichers() {
    // Services before VMs: a caller resolves its peers' host names as soon as it boots.
    return List.of(new NamespaceEnricher(), new NetworkAttachmentEnricher(), new DataVolumeEnricher(),
        new ContainerDiskEnricher(), new ServiceEnricher(), new VirtualMachineEnricher(), new FencingEnricher());
  }
}
