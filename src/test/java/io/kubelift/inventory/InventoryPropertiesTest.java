package io.kubelift.inventory;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import io.kubelift.assess.Assessment;
import io.kubelift.assess.Assessor;
import io.kubelift.model.ClusterFacts;
import io.kubelift.report.JsonReportRenderer;
import io.kubelift.rubric.Rubric;
import io.kubelift.rubric.RubricLoader;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Seeded random inventories through the whole pipeline: nothing lost, nothing order-dependent. */
class InventoryPropertiesTest {
  private static final Rubric RUBRIC = RubricLoader.load(Path.of("rubrics/kubevirt"));
  private static final YAMLMapper YAML = new YAMLMapper();
  @TempDir Path dir;

  static Stream<Long> seeds() {
    return IntStream.range(0, Integer.getInteger("kubelift.fuzz.cases", 60)).mapToObj(i -> 0xC0FFEEL + i * 7919L);
  }

  private byte[] assess(Map<String, Object> doc, String file) throws IOException {
    Path p = dir.resolve(file);
    YAML.writeValue(p.toFile(), doc);
    Assessment a = new Assessor(RUBRIC).assess(
        new InventoryLoader(InventoryReaders.standard(), null).load(List.of(p)), ClusterFacts.unknown());
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    new JsonReportRenderer().write(a, out);
    // The input's own path is part of every source location: make both runs name the same file.
    return out.toString(java.nio.charset.StandardCharsets.UTF_8).replace(file, "inventory.yaml")
        .getBytes(java.nio.charset.StandardCharsets.UTF_8);
  }

  @ParameterizedTest
  @MethodSource("seeds")
  @SuppressWarnings("unchecked")
  void every_vm_of_the_input_appears_exactly_once(long seed) throws IOException {
    RandomInventories gen = new RandomInventories(seed);
    Map<String, Object> doc = gen.inventory((int) (seed % 25));
    JsonNode out = new ObjectMapper().readTree(assess(doc, "a.yaml"));
    List<String> in = new ArrayList<>();
    for (Object v : (List<Object>) doc.get("vms")) {
      in.add((String) ((Map<String, Object>) v).get("name"));
    }
    List<String> names = new ArrayList<>();
    out.path("vms").forEach(v -> names.add(v.path("name").asText()));
    assertThat(names).containsExactlyInAnyOrderElementsOf(in);
    assertThat(out.path("summary").path("vms").asInt()).isEqualTo(in.size());
  }

  @ParameterizedTest
  @MethodSource("seeds")
  void shuffling_the_input_order_changes_nothing(long seed) throws IOException {
    RandomInventories gen = new RandomInventories(seed);
    Map<String, Object> doc = gen.inventory(3 + (int) (seed % 20));
    JsonNode a = withoutSources(assess(doc, "a.yaml"));
    JsonNode b = withoutSources(assess(gen.shuffled(doc), "b.yaml"));
    assertThat(a.path("vms")).isNotNull();
    assertThat(b.equals(a)).as("same assessment after shuffling (seed %d)", seed).isTrue();
    assertThat(Files.exists(dir.resolve("b.yaml"))).isTrue();
  }

  /** Source lines move when records are shuffled; everything else must not. */
  private static JsonNode withoutSources(byte[] json) throws IOException {
    JsonNode n = new ObjectMapper().readTree(json);
    for (String list : List.of("vms", "applications")) {
      n.path(list).forEach(e -> ((com.fasterxml.jackson.databind.node.ObjectNode) e).remove(List.of("source",
          "sources")));
    }
    n.path("inputs").forEach(i -> i.path("rejected").forEach(
        r -> ((com.fasterxml.jackson.databind.node.ObjectNode) r).remove("location")));
    return n;
  }
}
