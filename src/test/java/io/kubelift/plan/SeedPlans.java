package io.kubelift.plan;

import io.kubelift.assess.Assessment;
import io.kubelift.assess.Assessor;
import io.kubelift.inventory.InventoryLoader;
import io.kubelift.inventory.InventoryReaders;
import io.kubelift.model.ClusterFacts;
import io.kubelift.rubric.RubricLoader;
import java.nio.file.Path;
import java.util.List;

/** The seed use cases assessed with the default rubric, and planned. */
final class SeedPlans {
  static final Path SEED = Path.of("fixtures/seed");

  private SeedPlans() {}

  static Assessment assessment() {
    return new Assessor(RubricLoader.load(Path.of("rubrics/kubevirt")))
        .assess(new InventoryLoader(InventoryReaders.standard(), null).load(List.of(SEED)), ClusterFacts.unknown());
  }

  static Plan plan(PlanOptions options) {
    return new Planner(options).plan(assessment());
  }

  static Plan plan() {
    return plan(PlanOptions.defaults());
  }

  /** The option sets the tests cover: defaults, a namespace per app, each non-default source and LoadBalancer. */
  static List<PlanOptions> variants() {
    return List.of(PlanOptions.defaults(),
        new PlanOptions("fast-rwx", PlanOptions.DiskSource.HTTP, 620, true, "LoadBalancer",
            PlanOptions.PLACEHOLDER_REGISTRY, PlanOptions.PLACEHOLDER_HTTP_BASE),
        new PlanOptions(null, PlanOptions.DiskSource.REGISTRY, 10000, false, "NodePort",
            "registry.example.invalid/team", PlanOptions.PLACEHOLDER_HTTP_BASE));
  }

  static AppPlan app(Plan plan, String name) {
    return plan.plans().stream().filter(p -> p.name().equals(name)).findFirst().orElseThrow();
  }
}
