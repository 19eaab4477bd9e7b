package io.kubelift.plan;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLParser;
import io.fabric8.kubernetes.api.model.HasMetadata;
import io.kubelift.assess.Assessment;
import io.kubelift.assess.Assessor;
import io.kubelift.cluster.ClusterFactsFile;
import io.kubelift.inventory.InventoryLoader;
import io.kubelift.inventory.InventoryReaders;
import io.kubelift.model.ClusterFacts;
import io.kubelift.model.Inventory;
import io.kubelift.rubric.RubricLoader;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every KubeVirt and CDI object generated from the seed use cases (with and without a target cluster) and from the
 * mixed estate validates against the published OpenAPI definitions; NetworkAttachmentDefinitions have their shape
 * checked, and Kubernetes' own kinds come from fabric8's typed model.
 */
class ManifestSchemaTest {
  private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());
  private static final ClusterFacts FENCING_TARGET =
      ClusterFactsFile.read(Path.of("fixtures/clusters/kubevirt-full.yaml"));
  private static KubeVirtSchemas schemas;

  @BeforeAll
  static void load() {
    schemas = KubeVirtSchemas.shared();
  }

  /** Every document of every generated manifest file, parsed back from the YAML as written. */
  static Stream<Arguments> generated() throws IOException {
    List<Arguments> out = new ArrayList<>();
    for (SeedPlans.Variant v : SeedPlans.variants()) {
      add(out, "seed " + v, v.plan());
    }
    add(out, "estate", estatePlan(ClusterFacts.unknown()));
    add(out, "estate on kubevirt-full", estatePlan(FENCING_TARGET));
    return out.stream();
  }

  private static void add(List<Arguments> out, String label, Plan plan) throws IOException {
    for (AppPlan p : plan.plans()) {
      for (var f : p.files().entrySet()) {
        if (f.getKey().endsWith(".yaml")) {
          for (JsonNode doc : documents(f.getValue())) {
            out.add(Arguments.of(label + " " + p.dir() + "/" + f.getKey() + " " + doc.path("kind").asText() + " "
                + doc.path("metadata").path("name").asText(), doc));
          }
        }
      }
    }
  }

  /**
   * The mixed estate of {@code fixtures/estate/} with its application map. On a target that fences, its SQL Server
   * and NFS clusters are planned too, so their shared disks are validated as well.
   */
  static Plan estatePlan(ClusterFacts cluster) {
    Path estate = Path.of("fixtures/estate");
    Inventory inventory = new InventoryLoader(InventoryReaders.standard(), null).load(List.of(estate),
        estate.resolve("apps.yaml"));
    Assessment assessment = new Assessor(RubricLoader.load(Path.of("rubrics/kubevirt"))).assess(inventory, cluster);
    return new Planner(PlanOptions.defaults()).plan(assessment);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("generated")
  void generated_object_is_valid(String where, JsonNode doc) {
    String kind = doc.get("kind").asText();
    String group = doc.get("apiVersion").asText();
    if (kind.equals("NetworkAttachmentDefinition")) {
      assertThat(NadShape.problems(doc)).as(where).isEmpty();
    } else if (group.contains("kubevirt.io/")) {
      assertThat(schemas.validate(doc)).as(where).isEmpty();
    } else {
      assertThat(kind).as("Kubernetes' own kinds come from fabric8's typed model")
          .isIn("Service", "Namespace", "Secret", "ServiceAccount", "Role", "RoleBinding");
    }
  }

  @Test
  void every_seed_plan_that_is_not_blocked_has_a_kubevirt_object_to_validate() {
    for (AppPlan p : SeedPlans.plan().plans()) {
      List<String> kinds = p.objects().stream().map(HasMetadata::getKind).toList();
      assertThat(kinds.isEmpty()).as(p.dir()).isEqualTo(p.blocked());
    }
  }

  @Test
  void every_estate_plan_that_is_not_blocked_has_a_kubevirt_object_and_fencing_unblocks_the_clusters() {
    for (ClusterFacts cluster : List.of(ClusterFacts.unknown(), FENCING_TARGET)) {
      for (AppPlan p : estatePlan(cluster).plans()) {
        assertThat(p.objects().isEmpty()).as(p.dir()).isEqualTo(p.blocked());
      }
    }
    Plan fenced = estatePlan(FENCING_TARGET);
    for (String app : List.of("erp-sql", "nfs-ha")) {
      assertThat(SeedPlans.app(fenced, app).blocked()).as(app).isFalse();
      assertThat(SeedPlans.app(estatePlan(ClusterFacts.unknown()), app).blocked()).as(app).isTrue();
    }
  }

  static Stream<Path> examples() throws IOException {
    Path dir = Path.of(System.getProperty("kubelift.shared", "../shared"), "kubevirt-examples");
    try (Stream<Path> s = Files.list(dir)) {
      return s.filter(p -> p.toString().endsWith(".yaml")).sorted().toList().stream();
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("examples")
  void known_good_kubevirt_example_is_valid(Path file) throws IOException {
    int checked = 0;
    for (JsonNode doc : documents(Files.readString(file))) {
      if (schemas.definition(doc.get("apiVersion").asText(), doc.get("kind").asText()) != null) {
        assertThat(schemas.validate(doc)).as(file.getFileName().toString()).isEmpty();
        checked++;
      }
    }
    assertThat(checked + skipped(file)).as("documents in " + file).isPositive();
  }

  /** Examples of kinds outside KubeVirt and CDI (PriorityClass, ResourceClaimTemplate) have no schema here. */
  private static int skipped(Path file) throws IOException {
    int n = 0;
    for (JsonNode doc : documents(Files.readString(file))) {
      n += doc.get("apiVersion").asText().contains("kubevirt.io") ? 0 : 1;
    }
    return n;
  }

  @Test
  void a_broken_virtual_machine_is_rejected() throws IOException {
    Path good = Path.of(System.getProperty("kubelift.shared", "../shared"), "kubevirt-examples", "vm-cirros.yaml");
    ObjectNode vm = (ObjectNode) documents(Files.readString(good)).get(0);
    ObjectNode spec = (ObjectNode) vm.get("spec");
    spec.put("runStrategy", 42);
    ((ObjectNode) spec.at("/template/spec/domain")).put("cpuCores", 2);
    Set<?> errors = schemas.validate(vm);
    assertThat(errors.toString()).contains("runStrategy").contains("cpuCores");
  }

  @Test
  void a_broken_data_volume_is_rejected() {
    AppPlan p = SeedPlans.app(SeedPlans.plan(), "three-tier");
    JsonNode dv = YAML.valueToTree(p.objects().stream().filter(o -> o.getKind().equals("DataVolume"))
        .findFirst().orElseThrow());
    ((ObjectNode) dv.at("/spec/pvc")).put("accessModes", "ReadWriteMany");
    assertThat(schemas.validate(dv)).isNotEmpty();
  }

  static List<JsonNode> documents(String yaml) throws IOException {
    List<JsonNode> out = new ArrayList<>();
    try (YAMLParser parser = new YAMLFactory().createParser(yaml)) {
      for (var it = YAML.readValues(parser, JsonNode.class); it.hasNext(); ) {
        JsonNode n = it.next();
        if (n != null && !n.isNull() && !n.isMissingNode()) {
          out.add(n);
        }
      }
    }
    return out;
  }
}
