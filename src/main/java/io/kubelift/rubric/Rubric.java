package io.kubelift.rubric;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * A versioned set of rules, sorted by id.
 *
 * @param id e.g. {@code kubevirt}
 * @param version the rubric's own version
 * @param title one-line name
 * @param rules the rules, sorted by id
 * @param source where it was loaded from
 */
public record Rubric(String id, String version, String title, List<Rule> rules, String source) {
  public Rubric {
    List<Rule> sorted = new ArrayList<>(rules);
    sorted.sort(Comparator.comparing(Rule::id));
    rules = List.copyOf(sorted);
  }

  /** The rules evaluated on that target. */
  public List<Rule> rulesFor(Target t) {
    List<Rule> out = new ArrayList<>();
    for (Rule r : rules) {
      if (r.appliesTo() == t) {
        out.add(r);
      }
    }
    return out;
  }

  /** The facts consulted by the conditions of the rules on that target, in catalogue order of first use. */
  public Set<Fact> factsFor(Target t) {
    Set<Fact> out = new LinkedHashSet<>();
    for (Rule r : rulesFor(t)) {
      r.when().checks(c -> out.add(c.fact()));
    }
    return out;
  }

  /** The element scopes that VM rules iterate. */
  public Set<Scope> elementScopes() {
    Set<Scope> out = EnumSet.noneOf(Scope.class);
    for (Rule r : rules) {
      if (r.forEach() != null) {
        out.add(r.forEach());
      }
    }
    return out;
  }

  /** The rule of that id, or {@code null}. */
  public Rule rule(String ruleId) {
    for (Rule r : rules) {
      if (r.id().equals(ruleId)) {
        return r;
      }
    }
    return null;
  }
}
