package io.kubelift.rubric;

import static org.assertj.core.api.Assertions.assertThat;

import io.kubelift.source.InputException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Seeded random rule files, valid and broken, for the rule and condition parser: it either loads them or refuses
 * them with file and line; no other exception escapes. Run longer campaigns with {@code -Dkubelift.fuzz.cases=N}.
 */
class RubricParserFuzzTest {
  private static final List<String> KEYS = List.of("fact", "all", "any", "not", "equals", "in", "gt", "lt",
      "contains", "matches", "exists", "whenUnknown", "between", "", "id", "when");
  private static final List<String> FACTS = List.of("vm.cpus", "disk.format", "nic.sriov", "app.pattern",
      "cluster.multus", "vm.os.version", "vm.networks", "vm.colour", "disk.capacityGiB", "vm.name");
  private static final List<String> VALUES = List.of("1", "-3.5", "true", "false", "vmdk", "[a, b]", "[]", "{}",
      "\"(\"", "null", "[1, [2]]", "\"^[a-z]+$\"", "~", "{fact: vm.cpus}", "'x: y'");
  @TempDir Path dir;
  private static final java.util.concurrent.atomic.AtomicInteger LOADED = new java.util.concurrent.atomic.AtomicInteger();
  private static final java.util.concurrent.atomic.AtomicInteger REFUSED = new java.util.concurrent.atomic.AtomicInteger();

  @org.junit.jupiter.api.AfterAll
  static void both_outcomes_were_exercised() {
    assertThat(LOADED.get()).as("fuzzed rubrics that loaded").isPositive();
    assertThat(REFUSED.get()).as("fuzzed rubrics refused").isPositive();
  }

  static Stream<Long> seeds() {
    int n = Integer.getInteger("kubelift.fuzz.cases", 400);
    return IntStream.range(0, n).mapToObj(i -> 0xF022L + i);
  }

  @ParameterizedTest
  @MethodSource("seeds")
  void loads_or_refuses_with_a_location(long seed) throws IOException {
    Random rnd = new Random(seed);
    Files.writeString(dir.resolve("rubric.yaml"), "kubelift: rubric/v1\nid: fuzz\nversion: 0.0.1\ntitle: Fuzz\n"
        + "include: [rules.yaml]\n", StandardCharsets.UTF_8);
    StringBuilder sb = new StringBuilder("rules:\n  - id: FUZZ-" + (seed % 1000) + "\n    title: Fuzzed\n"
        + "    appliesTo: " + (rnd.nextBoolean() ? "vm" : "application") + "\n"
        + (rnd.nextInt(3) == 0 ? "    forEach: disk\n" : "")
        + "    dimension: configuration\n    rating: MEDIUM\n    message: \"m {" + pick(rnd, FACTS) + "}\"\n"
        + "    rationale: A fuzzed rule.\n    remediation: None.\n    references: [https://kubevirt.io/]\n"
        + "    when: ");
    condition(rnd, sb, 0);
    sb.append('\n');
    Files.writeString(dir.resolve("rules.yaml"), sb.toString(), StandardCharsets.UTF_8);
    try {
      Rubric r = RubricLoader.load(dir);
      assertThat(r.rules()).hasSize(1);
      assertThat(r.rules().get(0).when().describe()).isNotBlank();
      LOADED.incrementAndGet();
    } catch (InputException e) {
      assertThat(e.file()).as("%s%n%s", e.getMessage(), sb).contains("r");
      assertThat(e.reason()).isNotBlank();
      REFUSED.incrementAndGet();
    }
  }

  private static void condition(Random rnd, StringBuilder sb, int depth) {
    int kind = depth > 3 ? 3 : rnd.nextInt(5);
    switch (kind) {
      case 0:
      case 1:
        sb.append('{').append(kind == 0 ? "all" : "any").append(": [");
        int n = rnd.nextInt(3);
        for (int i = 0; i < n; i++) {
          sb.append(i == 0 ? "" : ", ");
          condition(rnd, sb, depth + 1);
        }
        sb.append("]}");
        break;
      case 2:
        sb.append("{not: ");
        condition(rnd, sb, depth + 1);
        sb.append('}');
        break;
      default:
        sb.append("{fact: ").append(pick(rnd, FACTS));
        int ops = rnd.nextInt(3);
        for (int i = 0; i < ops; i++) {
          sb.append(", ").append(pick(rnd, KEYS)).append(": ").append(pick(rnd, VALUES));
        }
        sb.append('}');
    }
  }

  private static String pick(Random rnd, List<String> l) {
    return l.get(rnd.nextInt(l.size()));
  }
}
