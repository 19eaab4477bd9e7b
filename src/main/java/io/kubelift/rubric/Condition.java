package io.kubelift.rubric;

import java.util.function.Consumer;

/**
 * A declarative condition over named facts: data, which {@link Program} compiles for evaluation. In three-valued
 * logic {@code all} is FALSE as soon as one child is FALSE, else UNKNOWN if one is UNKNOWN; {@code any} is TRUE as
 * soon as one child is TRUE, else UNKNOWN if one is UNKNOWN; so the result does not depend on the order of the
 * clauses. Which facts a rule consults, for confidence and for an undecided finding's message, comes
 * from its checks ({@link #checks}), never from what one evaluation happened to read.
 */
public sealed interface Condition permits Condition.AllOf, Condition.AnyOf, Condition.NotOf, Check {

  /** The condition in words, for reports and {@code explain}. */
  String describe();

  /** Every check in this condition. */
  void checks(Consumer<Check> sink);

  /** True when every child holds; FALSE wins over UNKNOWN. */
  record AllOf(java.util.List<Condition> all) implements Condition {
    public AllOf {
      all = java.util.List.copyOf(all);
    }

    @Override
    public String describe() {
      return join(all, " and ");
    }

    @Override
    public void checks(Consumer<Check> sink) {
      all.forEach(c -> c.checks(sink));
    }
  }

  /** True when some child holds; TRUE wins over UNKNOWN. */
  record AnyOf(java.util.List<Condition> any) implements Condition {
    public AnyOf {
      any = java.util.List.copyOf(any);
    }

    @Override
    public String describe() {
      return join(any, " or ");
    }

    @Override
    public void checks(Consumer<Check> sink) {
      any.forEach(c -> c.checks(sink));
    }
  }

  /** The negation; UNKNOWN stays UNKNOWN. */
  record NotOf(Condition not) implements Condition {
    @Override
    public String describe() {
      return "not (" + not.describe() + ")";
    }

    @Override
    public void checks(Consumer<Check> sink) {
      not.checks(sink);
    }
  }

  private static String join(java.util.List<Condition> cs, String sep) {
    StringBuilder sb = new StringBuilder("(");
    for (int i = 0; i < cs.size(); i++) {
      sb.append(i == 0 ? "" : sep).append(cs.get(i).describe());
    }
    return sb.append(')').toString();
  }
}
