package io.kubelift.assess;

import static org.assertj.core.api.Assertions.assertThat;

import io.kubelift.model.Dimension;
import io.kubelift.rubric.Finding;
import io.kubelift.rubric.FindingStatus;
import io.kubelift.rubric.Rule;
import io.kubelift.rubric.RubricLoader;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Seeded random properties of aggregation: more findings never make anything easier; order never matters. */
class AggregationPropertiesTest {
  private static final List<Rule> RULES = RubricLoader.load(Path.of("rubrics/kubevirt")).rules();

  static Stream<Long> seeds() {
    return IntStream.range(0, 300).mapToObj(i -> 0x5EEDL * 31 + i);
  }

  private static Finding randomFinding(Random rnd) {
    Rule r = RULES.get(rnd.nextInt(RULES.size()));
    return new Finding(r, rnd.nextBoolean() ? FindingStatus.FIRED : FindingStatus.UNKNOWN, "m" + rnd.nextInt(9));
  }

  private static List<Finding> randomFindings(Random rnd) {
    List<Finding> out = new ArrayList<>();
    int n = rnd.nextInt(12);
    for (int i = 0; i < n; i++) {
      out.add(randomFinding(rnd));
    }
    return out;
  }

  @ParameterizedTest
  @MethodSource("seeds")
  void adding_a_finding_never_makes_a_rating_easier(long seed) {
    Random rnd = new Random(seed);
    List<Finding> before = randomFindings(rnd);
    List<Finding> after = new ArrayList<>(before);
    after.add(randomFinding(rnd));
    Map<Dimension, Grade> g0 = Aggregation.grades(before);
    Map<Dimension, Grade> g1 = Aggregation.grades(after);
    for (Dimension d : Dimension.values()) {
      assertThat(g1.get(d)).as("%s after adding %s", d, after.get(after.size() - 1).rule().id())
          .isGreaterThanOrEqualTo(g0.get(d));
    }
    assertThat(Aggregation.overall(g1)).isGreaterThanOrEqualTo(Aggregation.overall(g0));
    assertThat(!Aggregation.blocked(before) || Aggregation.blocked(after)).isTrue();
  }

  @ParameterizedTest
  @MethodSource("seeds")
  void order_of_findings_does_not_change_grades(long seed) {
    Random rnd = new Random(seed);
    List<Finding> fs = randomFindings(rnd);
    List<Finding> shuffled = new ArrayList<>(fs);
    Collections.shuffle(shuffled, rnd);
    assertThat(Aggregation.grades(shuffled)).isEqualTo(Aggregation.grades(fs));
    assertThat(Aggregation.blocked(shuffled)).isEqualTo(Aggregation.blocked(fs));
  }

  @ParameterizedTest
  @MethodSource("seeds")
  void a_dimension_is_easy_only_when_nothing_harder_fired_or_is_undecided(long seed) {
    List<Finding> fs = randomFindings(new Random(seed));
    Map<Dimension, Grade> g = Aggregation.grades(fs);
    for (Finding f : fs) {
      if (f.rating() != io.kubelift.model.Rating.EASY) {
        assertThat(g.get(f.dimension())).as("%s %s", f.rule().id(), f.status()).isNotEqualTo(Grade.EASY);
      }
      if (f.status() == FindingStatus.FIRED) {
        assertThat(g.get(f.dimension())).isGreaterThanOrEqualTo(Grade.of(f.rating()));
      }
    }
  }
}
