package io.kubelift.rubric;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.kubelift.inventory.NativeInventoryReader;
import io.kubelift.inventory.ReadResult;
import io.kubelift.model.ClusterFacts;
import io.kubelift.source.LocatedDocument;
import io.kubelift.source.SafeYaml;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Runs the rule cases written as data beside the rubric ({@code rubrics/kubevirt/cases/*.yaml}): each case
 * evaluates one rule on one VM or application and states whether it fires, does not, or cannot be decided.
 */
class RuleCasesTest {
  static final Path RUBRIC = Path.of("rubrics/kubevirt");
  static final Rubric KUBEVIRT = RubricLoader.load(RUBRIC);
  /** One evaluator for every case, as a run has: it must not carry anything over from one subject to the next. */
  private static final RuleEvaluator EVALUATOR = new RuleEvaluator(KUBEVIRT);
  private static final ObjectMapper JSON = new ObjectMapper();

  /** One case, as read from a cases file. */
  record Case(String file, String rule, String name, String expect, JsonNode vm, JsonNode application, JsonNode vms,
      JsonNode cluster) {
    @Override
    public String toString() {
      return rule + ": " + name;
    }
  }

  static List<Case> cases() throws IOException {
    List<Case> out = new ArrayList<>();
    try (Stream<Path> files = Files.list(RUBRIC.resolve("cases"))) {
      for (Path f : files.filter(p -> p.toString().endsWith(".yaml")).sorted().toList()) {
        for (JsonNode c : SafeYaml.read(f, f.toString()).root().path("cases")) {
          out.add(new Case(f.toString(), c.path("rule").asText(), c.path("name").asText(), c.path("expect").asText(),
              c.get("vm"), c.get("application"), c.get("vms"), c.get("cluster")));
        }
      }
    }
    return out;
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void rule_case_has_the_expected_outcome(Case c) {
    Rule rule = KUBEVIRT.rule(c.rule());
    assertThat(rule).as("rule %s named by a case in %s", c.rule(), c.file()).isNotNull();
    Finding f = EVALUATOR.evaluate(rule, subject(EVALUATOR, c, rule));
    String outcome = f == null ? "NOT_FIRED" : f.status().name();
    assertThat(outcome).as("%s (finding: %s)", c, f == null ? "none" : f.message()).isEqualTo(c.expect());
  }

  @Test
  void every_rule_has_a_case_that_fires_and_one_that_does_not() throws IOException {
    Map<String, Set<String>> outcomes = new TreeMap<>();
    for (Rule r : KUBEVIRT.rules()) {
      outcomes.put(r.id(), new java.util.TreeSet<>());
    }
    for (Case c : cases()) {
      outcomes.computeIfAbsent(c.rule(), k -> new java.util.TreeSet<>()).add(c.expect());
    }
    List<String> missing = new ArrayList<>();
    outcomes.forEach((rule, seen) -> {
      if (!seen.contains("FIRED") || !seen.contains("NOT_FIRED")) {
        missing.add(rule + " has " + seen);
      }
    });
    assertThat(missing).as("rules lacking a firing or a non-firing case").isEmpty();
    assertThat(outcomes.keySet()).as("cases naming rules that do not exist")
        .containsExactlyInAnyOrderElementsOf(KUBEVIRT.rules().stream().map(Rule::id).toList());
  }

  @Test
  void expectations_are_one_of_the_three_outcomes() throws IOException {
    Set<String> allowed = Set.of("FIRED", "NOT_FIRED", "UNKNOWN");
    for (Case c : cases()) {
      assertThat(allowed).as("%s in %s", c, c.file()).contains(c.expect());
      assertThat(c.vm() != null ^ c.application() != null).as("%s needs exactly one of vm, application", c).isTrue();
    }
  }

  private static Subject subject(RuleEvaluator evaluator, Case c, Rule rule) {
    ObjectNode doc = JSON.createObjectNode();
    doc.put("kubelift", NativeInventoryReader.FORMAT);
    if (c.vm() != null) {
      doc.putArray("vms").add(c.vm());
    }
    if (c.vms() != null) {
      doc.set("vms", c.vms());
    }
    if (c.application() != null) {
      doc.putArray("applications").add(c.application());
    }
    ReadResult r = new NativeInventoryReader().read(new LocatedDocument(c.file(), doc, Map.of()));
    ClusterFacts cluster = new ClusterFacts(c.cluster() == null ? null : "case", clusterFacts(c.cluster()));
    if (rule.appliesTo() == Target.VM) {
      assertThat(EnumSet.of(Target.VM)).contains(rule.appliesTo());
      return evaluator.subject(r.vms().get(0), cluster);
    }
    return evaluator.subject(new ApplicationSubject(r.applications().get(0), r.vms()), cluster);
  }

  private static Map<String, Object> clusterFacts(JsonNode node) {
    Map<String, Object> out = new TreeMap<>();
    if (node == null) {
      return out;
    }
    for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
      Map.Entry<String, JsonNode> e = it.next();
      JsonNode v = e.getValue();
      out.put(e.getKey(), v.isArray() ? texts(v) : v.isBoolean() ? v.booleanValue() : v.isNumber()
          ? (Object) v.doubleValue() : v.asText());
    }
    return out;
  }

  /** A list-valued cluster fact (feature gates, storage classes), as the cluster reader gives it. */
  private static List<String> texts(JsonNode array) {
    List<String> out = new ArrayList<>();
    array.forEach(item -> out.add(item.asText()));
    return out;
  }
}
