package io.kubelift.rubric;

import java.util.function.Consumer;

/**
 * A declarative condition over named facts. {@code all} stops at the first FALSE child and {@code any} at the first
 * TRUE one: in three-valued logic these decide whatever the other children say, so the result does not depend on the
 * order of the clauses. Which facts a rule consults, for confidence and for an undecided finding's message, comes
 * from its checks ({@link #checks}), never from what one evaluation happened to read.
 */
public sealed interface Condition permits Condition.AllOf, Condition.AnyOf, Condition.NotOf, Check {

  /** TRUE, FALSE, or UNKNOWN where the answer depends on a missing fact. */
  Truth evaluate(Subject s);

  /**
   * {@code c.evaluate(s)}, with a check (most conditions) called directly: a call through the interface cannot be
   * inlined where it meets all four kinds of condition, and costs more than the check itself.
   */
  static Truth evaluate(Condition c, Subject s) {
    return c instanceof Check ? ((Check) c).evaluate(s) : c.evaluate(s);
  }

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
    public Truth evaluate(Subject s) {
      Truth r = Truth.TRUE;
      for (int i = 0; i < all.size(); i++) { // by index: an iterator here was most of the memory a VM took
        Truth t = Condition.evaluate(all.get(i), s);
        if (t == Truth.FALSE) {
          return Truth.FALSE;
        } else if (t == Truth.UNKNOWN && r == Truth.TRUE) {
          r = Truth.UNKNOWN;
        }
      }
      return r;
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
    public Truth evaluate(Subject s) {
      Truth r = Truth.FALSE;
      for (int i = 0; i < any.size(); i++) {
        Truth t = Condition.evaluate(any.get(i), s);
        if (t == Truth.TRUE) {
          return Truth.TRUE;
        } else if (t == Truth.UNKNOWN && r == Truth.FALSE) {
          r = Truth.UNKNOWN;
        }
      }
      return r;
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
    public Truth evaluate(Subject s) {
      return Condition.evaluate(not, s).not();
    }

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
