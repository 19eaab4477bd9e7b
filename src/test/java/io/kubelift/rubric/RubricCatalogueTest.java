package io.kubelift.rubric;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Checks the whole default rubric as a catalogue: every rule complete, ids unique, and the jar's copy current. */
class RubricCatalogueTest {
  private final Rubric rubric = RuleCasesTest.KUBEVIRT;

  @Test
  void every_rule_has_a_unique_id_title_rationale_remediation_and_reference() {
    Set<String> ids = new HashSet<>();
    Set<String> titles = new HashSet<>();
    for (Rule r : rubric.rules()) {
      assertThat(ids.add(r.id())).as("unique id %s", r.id()).isTrue();
      assertThat(titles.add(r.title())).as("unique title of %s", r.id()).isTrue();
      assertThat(r.title()).as("title of %s", r.id()).isNotBlank();
      assertThat(r.rationale()).as("rationale of %s", r.id()).hasSizeGreaterThan(40);
      assertThat(r.remediation()).as("remediation of %s", r.id()).hasSizeGreaterThan(20);
      assertThat(r.references()).as("references of %s", r.id()).isNotEmpty()
          .allSatisfy(u -> assertThat(u).startsWith("https://"));
      assertThat(r.message().toString()).as("message of %s", r.id()).isNotBlank();
    }
    assertThat(rubric.rules()).hasSizeGreaterThan(50);
  }

  @Test
  void rules_are_sorted_by_id() {
    List<String> ids = rubric.rules().stream().map(Rule::id).toList();
    assertThat(ids).isSorted();
  }

  @Test
  void the_jar_carries_the_same_rubric_as_the_rubrics_directory() {
    Rubric builtIn = RubricLoader.loadBuiltIn();
    assertThat(builtIn.id()).isEqualTo(rubric.id());
    assertThat(builtIn.version()).isEqualTo(rubric.version());
    assertThat(builtIn.rules().stream().map(r -> r.id() + r.when().describe() + r.rationale()).toList())
        .isEqualTo(rubric.rules().stream().map(r -> r.id() + r.when().describe() + r.rationale()).toList());
  }

  @Test
  void blocker_rules_are_rated_hard() {
    for (Rule r : rubric.rules()) {
      if (r.blocker()) {
        assertThat(r.rating()).as(r.id()).isEqualTo(io.kubelift.model.Rating.HARD);
      }
    }
  }
}
