package io.kubelift.rubric;

import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.function.Consumer;

/**
 * One comparison of a fact with an operand: {@code {fact: disk.format, in: [vmdk, vdi]}}. When the fact is unknown
 * the check is UNKNOWN, unless the rubric states on purpose what to assume ({@code whenUnknown}); the fact still
 * counts as unknown for confidence.
 *
 * <p>An {@code in} or {@code notIn} list of plain ASCII words is also kept lower-cased in a set, made once when the
 * rubric is loaded: an ASCII value is then looked up once rather than compared with every item. Any other value or
 * list takes {@link Operator}'s item-by-item comparison, so the two ways cannot disagree.
 */
public final class Check implements Condition {
  private final Fact fact;
  private final Operator operator;
  private final Object operand;
  private final Boolean whenUnknown;
  /** The {@code in}/{@code notIn} items lower-cased, or {@code null} when they are not all plain ASCII words. */
  private final Set<String> lowerItems;

  /**
   * @param fact the fact consulted
   * @param operator the comparison
   * @param operand what it is compared with (a String, Number, Boolean, List or compiled Pattern)
   * @param whenUnknown what the check yields when the fact is unknown, or {@code null} for UNKNOWN
   */
  public Check(Fact fact, Operator operator, Object operand, Boolean whenUnknown) {
    this.fact = fact;
    this.operator = operator;
    this.operand = operand;
    this.whenUnknown = whenUnknown;
    this.lowerItems = operator == Operator.IN || operator == Operator.NOT_IN ? lowerItems(operand) : null;
  }

  private static Set<String> lowerItems(Object operand) {
    Set<String> out = new HashSet<>();
    for (Object o : (List<?>) operand) {
      if (!(o instanceof String) || !ascii((String) o) || !((String) o).strip().equals(o)) {
        return null;
      }
      out.add(((String) o).toLowerCase(Locale.ROOT));
    }
    return Set.copyOf(out);
  }

  private static boolean ascii(String s) {
    for (int i = 0; i < s.length(); i++) {
      if (s.charAt(i) >= 0x80) {
        return false;
      }
    }
    return true;
  }

  public Fact fact() {
    return fact;
  }

  public Operator operator() {
    return operator;
  }

  public Object operand() {
    return operand;
  }

  public Boolean whenUnknown() {
    return whenUnknown;
  }

  @Override
  public Truth evaluate(Subject s) {
    Object v = s.value(fact);
    if (operator == Operator.EXISTS) {
      return Truth.of((v != null) == (Boolean) operand);
    }
    if (v == null) {
      return whenUnknown == null ? Truth.UNKNOWN : Truth.of(whenUnknown);
    }
    if (lowerItems != null && v instanceof String && ascii((String) v)) {
      // For ASCII text against ASCII words without surrounding blanks, equalsIgnoreCase on the stripped value is
      // equality of the lower-cased forms; an unstripped value with blanks around it equals no such word.
      boolean in = lowerItems.contains(((String) v).strip().toLowerCase(Locale.ROOT));
      return Truth.of(in == (operator == Operator.IN));
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

  @Override
  public boolean equals(Object o) {
    return o instanceof Check c && fact.equals(c.fact) && operator == c.operator && operand.equals(c.operand)
        && Objects.equals(whenUnknown, c.whenUnknown);
  }

  @Override
  public int hashCode() {
    return Objects.hash(fact, operator, operand, whenUnknown);
  }

  @Override
  public String toString() {
    return "Check[fact=" + fact + ", operator=" + operator + ", operand=" + operand + ", whenUnknown=" + whenUnknown
        + "]";
  }
}
