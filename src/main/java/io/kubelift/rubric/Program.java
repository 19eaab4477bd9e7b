package io.kubelift.rubric;

import java.util.ArrayList;
import java.util.List;

/**
 * A rule's condition compiled, when the evaluator is made, into a flat array of small integers: per node its kind,
 * its operands and its length. Each check names where its fact's value sits in the {@link Subject}'s frames, so an
 * evaluation reads arrays and asks the {@link Check}s, rather than walking records and looking facts up: a VM meets
 * some hundred and fifty conditions, and pointer chasing through the rubric cost more than the comparisons.
 */
final class Program {
  private static final int CHECK = 0;
  private static final int ALL = 1;
  private static final int ANY = 2;
  private static final int NOT = 3;
  /** Every node is four ints: kind, two operands, and its length including its children. */
  private static final int NODE = 4;

  private final int[] code;
  private final Check[] checks;
  /**
   * A condition that is one check or the negation of one (most are) is asked directly, without the interpreter:
   * {@code null} if not.
   */
  private final Check single;
  private final int singleLocator;
  private final boolean negated;

  private Program(int[] code, Check[] checks) {
    this.code = code;
    this.checks = checks;
    this.negated = code[0] == NOT && code[NODE] == CHECK;
    int at = negated ? NODE : 0;
    this.single = code[at] == CHECK ? checks[code[at + 1]] : null;
    this.singleLocator = code[at + 2];
  }

  /** Compiles a rule's condition against the frame layout of its target. */
  static Program compile(Rule rule, Layout layout) {
    List<Integer> code = new ArrayList<>();
    List<Check> checks = new ArrayList<>();
    emit(rule.when(), rule.forEach(), layout, code, checks);
    return new Program(code.stream().mapToInt(Integer::intValue).toArray(), checks.toArray(new Check[0]));
  }

  private static void emit(Condition c, Scope each, Layout layout, List<Integer> code, List<Check> checks) {
    int at = code.size();
    if (c instanceof Check ch) {
      code.add(CHECK);
      code.add(checks.size());
      code.add(layout.locator(ch.fact(), each));
      code.add(NODE);
      checks.add(ch);
      return;
    }
    List<Condition> children = c instanceof Condition.AllOf a ? a.all()
        : c instanceof Condition.AnyOf o ? o.any() : List.of(((Condition.NotOf) c).not());
    code.add(c instanceof Condition.AllOf ? ALL : c instanceof Condition.AnyOf ? ANY : NOT);
    code.add(children.size());
    code.add(0);
    code.add(0); // the length, known once the children are emitted
    for (Condition child : children) {
      emit(child, each, layout, code, checks);
    }
    code.set(at + 3, code.size() - at);
  }

  /** TRUE, FALSE, or UNKNOWN where the answer depends on a missing fact. */
  Truth evaluate(Subject s) {
    Check c = single;
    if (c == null) {
      return evaluate(0, s);
    }
    Truth t = c.test(s.at(singleLocator));
    return negated ? t.not() : t;
  }

  private Truth evaluate(int pc, Subject s) {
    int[] c = code;
    switch (c[pc]) {
      case CHECK:
        return checks[c[pc + 1]].test(s.at(c[pc + 2]));
      case ALL:
      case ANY: {
        // A FALSE child decides "all", a TRUE one decides "any"; else UNKNOWN if a child is, else the other value.
        Truth decisive = c[pc] == ALL ? Truth.FALSE : Truth.TRUE;
        Truth r = decisive.not();
        for (int k = 0, child = pc + NODE; k < c[pc + 1]; k++, child += c[child + 3]) {
          Truth t = c[child] == CHECK ? checks[c[child + 1]].test(s.at(c[child + 2])) : evaluate(child, s);
          if (t == decisive) {
            return decisive;
          } else if (t == Truth.UNKNOWN) {
            r = Truth.UNKNOWN;
          }
        }
        return r;
      }
      default:
        return evaluate(pc + NODE, s).not();
    }
  }
}
