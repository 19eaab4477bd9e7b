package io.kubelift.plan;

import io.kubelift.assess.Assessment;
import io.kubelift.assess.Assessor;
import io.kubelift.cluster.ClusterFactsFile;
import io.kubelift.inventory.InventoryLoader;
import io.kubelift.inventory.InventoryReaders;
import io.kubelift.model.ClusterFacts;
import io.kubelift.rubric.RubricLoader;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** The seed use cases (and a tuned VM with host needs) assessed with the default rubric, and planned. */
final class SeedPlans {
  static final Path SEED = Path.of("fixtures/seed");
  /** A VM with hugepages, dedicated CPUs, an SR-IOV NIC and a raw LUN, which the seed use cases lack. */
  static final Path TUNED = Path.of("src/test/resources/plan/tuned.yaml");

  private SeedPlans() {}

  static Assessment assessment() {
    return assessment(ClusterFacts.unknown(), List.of(SEED));
  }

  static Assessment assessment(ClusterFacts cluster, List<Path> inputs) {
    return new Assessor(RubricLoader.load(Path.of("rubrics/kubevirt")))
        .assess(new InventoryLoader(InventoryReaders.standard(), null).load(inputs), cluster);
  }

  static Plan plan(PlanOptions options) {
    return new Planner(options).plan(assessment());
  }

  static Plan plan() {
    return plan(PlanOptions.defaults());
  }

  /** The seed use cases planned for a target cluster. */
  static Plan plan(PlanOptions options, ClusterFacts cluster) {
    return new Planner(options).plan(assessment(cluster, List.of(SEED)));
  }

  /** An example cluster snapshot of {@code fixtures/clusters/}, e.g. {@code kubevirt-full}. */
  static ClusterFacts cluster(String name) {
    return ClusterFactsFile.read(Path.of("fixtures/clusters", name + ".yaml"));
  }

  /** The facts with some values changed and the names in {@code unknown} removed (made unknown). */
  static ClusterFacts with(ClusterFacts base, Map<String, Object> changed, String... unknown) {
    Map<String, Object> facts = new TreeMap<>(base.facts());
    facts.putAll(changed);
    for (String name : unknown) {
      facts.remove(name);
    }
    return new ClusterFacts(base.source(), facts, base.unknownReasons());
  }

  /**
   * A planning case for the schema and mock-cluster tests.
   *
   * @param name what the case is, for test names
   * @param options the planning options
   * @param cluster the target cluster's facts
   */
  record Variant(String name, PlanOptions options, ClusterFacts cluster) {
    Plan plan() {
      return new Planner(options).plan(assessment(cluster, List.of(SEED, TUNED)));
    }

    @Override
    public String toString() {
      return name;
    }
  }

  /**
   * The cases the tests cover: without a cluster, the defaults, a namespace per app, each non-default source and
   * LoadBalancer; with the example clusters, the full one (fencing, RWX Block, SR-IOV, hugepages) and the basic one
   * (no fencing, no SR-IOV) with the registry source and LoadBalancer. One namespace-per-app case only: the mock
   * cluster test applies every case to one server.
   */
  static List<Variant> variants() {
    return List.of(new Variant("defaults", PlanOptions.defaults(), ClusterFacts.unknown()),
        new Variant("http", new PlanOptions("fast-rwx", PlanOptions.DiskSource.HTTP, 620, true, "LoadBalancer",
            PlanOptions.PLACEHOLDER_REGISTRY, PlanOptions.PLACEHOLDER_HTTP_BASE), ClusterFacts.unknown()),
        new Variant("registry", new PlanOptions(null, PlanOptions.DiskSource.REGISTRY, 10000, false, "NodePort",
            "registry.example.invalid/team", PlanOptions.PLACEHOLDER_HTTP_BASE), ClusterFacts.unknown()),
        new Variant("kubevirt-full", PlanOptions.defaults(), cluster("kubevirt-full")),
        new Variant("kubevirt-basic registry", new PlanOptions(null, PlanOptions.DiskSource.REGISTRY, 1000, false,
            "LoadBalancer", PlanOptions.PLACEHOLDER_REGISTRY, PlanOptions.PLACEHOLDER_HTTP_BASE),
            cluster("kubevirt-basic")));
  }

  static AppPlan app(Plan plan, String name) {
    return plan.plans().stream().filter(p -> p.name().equals(name)).findFirst().orElseThrow();
  }
}
