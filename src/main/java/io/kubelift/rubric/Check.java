package io.kubelift.rubric;

import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One comparison of a fact with an operand: {@code {fact: disk.format, in: [vmdk, vdi]}}. When the fact is unknown
 * the check is UNKNOWN, unless the rubric states on purpose what to assume ({@code whenUnknown}); the fact still
 * counts as unknown for confidence.
 *
 * <p>A check of the commonest shapes (a boolean compared with true or false, text with a word or a list of words, a
 * number ordered against a number) takes a short way, fixed when the rubric is loaded, that gives what
 * {@link Operator#apply} gives; any other takes Operator's comparison.
 */
public final class Check implements Condition {
  private final Fact fact;
  private final Operator operator;
  private final Object operand;
  private final Boolean whenUnknown;
  /** The {@code in}/{@code notIn} items, or {@code null} when they are not all words without surrounding blanks. */
  private final String[] words;
  /** Which short way {@link #test} may take; {@link #GENERAL} when none. */
  private final int shape;
  /** What the check yields for an unknown value. */
  private final Truth ifNull;
  /** For {@code equals}, {@code in} and the ordering operators: whether the comparison holding makes it TRUE. */
  private final boolean positive;
  /** For {@link #ORDER}, the operand as a double. */
  private final double number;
  /** For {@link #WORDS}, bit n set when a word has n characters (all bits when one has 63 or more). */
  private final long wordLengths;
  /** For {@link #PATTERN}, a matcher per thread, reset for each value: making one per value was a tenth of a VM. */
  private final ThreadLocal<Matcher> matchers;

  private static final int GENERAL = 0;
  private static final int EXISTS = 1;
  /** {@code equals} or {@code notEquals} true or false. */
  private static final int FLAG = 2;
  /** {@code equals} or {@code notEquals} a word: compared with {@code equalsIgnoreCase}, as Operator does. */
  private static final int WORD = 3;
  /** {@code in} or {@code notIn} {@link #words}. */
  private static final int WORDS = 4;
  /** {@code gt}, {@code gte}, {@code lt}, {@code lte} a number. */
  private static final int ORDER = 5;
  /** {@code matches} a regular expression. */
  private static final int PATTERN = 6;

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
    this.words = operator == Operator.IN || operator == Operator.NOT_IN ? words(operand) : null;
    boolean equality = operator == Operator.EQUALS || operator == Operator.NOT_EQUALS;
    this.shape = operator == Operator.EXISTS ? EXISTS
        : equality && operand instanceof Boolean ? FLAG
        : equality && operand instanceof String ? WORD
        : words != null ? WORDS
        : operand instanceof Number && operator.compareTo(Operator.GT) >= 0 && operator.compareTo(Operator.LTE) <= 0
            ? ORDER : operator == Operator.MATCHES && operand instanceof Pattern ? PATTERN : GENERAL;
    this.ifNull = operator == Operator.EXISTS ? Truth.of(!(Boolean) operand)
        : whenUnknown == null ? Truth.UNKNOWN : Truth.of(whenUnknown);
    this.positive = operator != Operator.NOT_EQUALS && operator != Operator.NOT_IN;
    this.number = operand instanceof Number ? ((Number) operand).doubleValue() : Double.NaN;
    long lengths = 0;
    for (String w : words == null ? new String[0] : words) {
      lengths |= w.length() >= 63 ? -1L : 1L << w.length();
    }
    this.wordLengths = lengths;
    this.matchers = shape == PATTERN ? ThreadLocal.withInitial(() -> ((Pattern) operand).matcher("")) : null;
  }

  private static String[] words(Object operand) {
    List<?> items = (List<?>) operand;
    for (Object o : items) {
      if (!(o instanceof String) || !((String) o).strip().equals(o)) {
        return null;
      }
    }
    return items.toArray(new String[0]);
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

  /**
   * The check's answer for this value of its fact ({@code null}: unknown). The one place a check is decided: the
   * compiled rule ({@link Program}) reads the value and asks here.
   */
  Truth test(Object v) {
    if (v == null) {
      return ifNull;
    }
    switch (shape) {
      case EXISTS:
        return Truth.of((Boolean) operand);
      case FLAG:
        return Truth.of(operand.equals(v) == positive);
      case WORD:
        if (v instanceof String) {
          String text = (String) v;
          String word = (String) operand;
          return Truth.of((text.equalsIgnoreCase(word) || text.strip().equalsIgnoreCase(word)) == positive);
        }
        break;
      case WORDS:
        if (v instanceof String) {
          // Against words without surrounding blanks only the stripped value can be equal, ignoring case: this is
          // Operator's comparison with the stripping done once. Most words differ in length and fail at once.
          String text = ((String) v).strip();
          int n = text.length();
          if (n < 63 && (wordLengths & (1L << n)) == 0) {
            return Truth.of(!positive); // no word has its length
          }
          boolean in = false;
          for (int i = 0; i < words.length && !in; i++) {
            in = text.equalsIgnoreCase(words[i]);
          }
          return Truth.of(in == positive);
        }
        break;
      case ORDER:
        if (v instanceof Number) {
          int c = Double.compare(((Number) v).doubleValue(), number);
          return Truth.of(operator == Operator.GT ? c > 0 : operator == Operator.GTE ? c >= 0
              : operator == Operator.LT ? c < 0 : c <= 0);
        }
        break;
      case PATTERN:
        return Truth.of(matchers.get().reset(String.valueOf(v)).find());
      default:
        break;
    }
    return operator.apply(v, operand);
  }

  @Override
  public String describe() {
    Object shown = operand instanceof Pattern ? "/" + operand + "/" : operand;
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
