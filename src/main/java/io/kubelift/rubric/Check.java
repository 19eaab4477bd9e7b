package io.kubelift.rubric;

import java.util.function.Consumer;

/**
 * One comparison of a fact with an operand: {@code {fact: disk.format, in: [vmdk, vdi]}}. When the fact is unknown
 * the check is UNKNOWN, unless the rubric states on purpose what to assume ({@code whenUnknown}); the fact still
 * counts as unknown for confidence.
 *
 * @param fact the fact consulted
 * @param operator the comparison
 * @param operand what it is compared with (a String, Number, Boolean, List or compiled Pattern)
 * @param whenUnknown what the check yields when the fact is unknown, or {@code null} for UNKNOWN
 */
public record Check(Fact fact, Operator operator, Object operand, Boolean whenUnknown) implements Condition {
  @Override
  public Truth evaluate(Subject s) {
    Object v = s.value(fact);
    if (operator == Operator.EXISTS) {
      return Truth.of((v != null) == (Boolean) operand);
    }
    if (v == null) {
      return whenUnknown == null ? Truth.UNKNOWN : Truth.of(whenUnknown);
    }
    return operator.apply(v, operand);
  }

  @Override
  public String describe() {
    Object shown = operand instanceof java.util.regex.Pattern ? "/" + operand + "/" : operand;
    return fact.name() + " " + operator.key() + " " + shown
        + (whenUnknown == null ? "" : " (if unknown: " + whenUnknown + ")");
  }

  @Override
  public void checks(Consumer<Check> sink) {
    sink.accept(this);
  }
}
