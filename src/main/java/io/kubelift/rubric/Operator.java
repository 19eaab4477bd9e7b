package io.kubelift.rubric;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/** The closed set of comparisons a check may make, each with the fact types it accepts. */
public enum Operator {
  EQUALS("equals", EnumSet.of(FactType.STRING, FactType.NUMBER, FactType.BOOLEAN, FactType.VERSION)),
  NOT_EQUALS("notEquals", EnumSet.of(FactType.STRING, FactType.NUMBER, FactType.BOOLEAN, FactType.VERSION)),
  IN("in", EnumSet.of(FactType.STRING, FactType.NUMBER, FactType.VERSION)),
  NOT_IN("notIn", EnumSet.of(FactType.STRING, FactType.NUMBER, FactType.VERSION)),
  CONTAINS("contains", EnumSet.of(FactType.LIST)),
  GT("gt", EnumSet.of(FactType.NUMBER, FactType.VERSION)),
  GTE("gte", EnumSet.of(FactType.NUMBER, FactType.VERSION)),
  LT("lt", EnumSet.of(FactType.NUMBER, FactType.VERSION)),
  LTE("lte", EnumSet.of(FactType.NUMBER, FactType.VERSION)),
  MATCHES("matches", EnumSet.of(FactType.STRING, FactType.VERSION)),
  EXISTS("exists", EnumSet.allOf(FactType.class));

  private final String key;
  private final Set<FactType> types;

  Operator(String key, Set<FactType> types) {
    this.key = key;
    this.types = types;
  }

  /** Its name in rubric YAML. */
  public String key() {
    return key;
  }

  public boolean accepts(FactType t) {
    return types.contains(t);
  }

  /** The operator of that YAML name, or {@code null}. */
  public static Operator byKey(String key) {
    for (Operator o : values()) {
      if (o.key.equals(key)) {
        return o;
      }
    }
    return null;
  }

  /** Applies the comparison to a known value. */
  Truth apply(Object value, Object operand) {
    switch (this) {
      case EQUALS:
        return same(value, operand);
      case NOT_EQUALS:
        return same(value, operand).not();
      case IN:
        return in(value, (List<?>) operand);
      case NOT_IN:
        return in(value, (List<?>) operand).not();
      case CONTAINS:
        return Truth.of(((List<?>) value).stream().anyMatch(v -> same(v, operand) == Truth.TRUE));
      case MATCHES:
        return Truth.of(((Pattern) operand).matcher(String.valueOf(value)).find());
      case EXISTS:
        return Truth.of((Boolean) operand);
      default:
        return order(value, ((Number) operand).doubleValue());
    }
  }

  private Truth order(Object value, double operand) {
    Double v = number(value);
    if (v == null) {
      return Truth.UNKNOWN;
    }
    int c = Double.compare(v, operand);
    switch (this) {
      case GT:
        return Truth.of(c > 0);
      case GTE:
        return Truth.of(c >= 0);
      case LT:
        return Truth.of(c < 0);
      default:
        return Truth.of(c <= 0);
    }
  }

  private static Truth in(Object value, List<?> operand) {
    if (value instanceof String) {
      return inText((String) value, operand);
    }
    for (Object o : operand) {
      Truth t = same(value, o);
      if (t != Truth.FALSE) {
        return t;
      }
    }
    return Truth.FALSE;
  }

  /** As {@link #same} over each item, with the value's stripped form taken once rather than per item. */
  private static Truth inText(String v, List<?> operand) {
    String stripped = v.strip();
    for (int i = 0; i < operand.size(); i++) {
      Object o = operand.get(i);
      if (o instanceof String) {
        String text = (String) o;
        if (v.equalsIgnoreCase(text) || (stripped != v && stripped.equalsIgnoreCase(text))) {
          return Truth.TRUE;
        }
      } else {
        Truth t = same(v, o);
        if (t != Truth.FALSE) {
          return t;
        }
      }
    }
    return Truth.FALSE;
  }

  private static Truth same(Object value, Object operand) {
    if (operand instanceof Number) {
      Double v = number(value);
      return v == null ? Truth.UNKNOWN : Truth.of(v == ((Number) operand).doubleValue());
    }
    if (operand instanceof Boolean) {
      return Truth.of(operand.equals(value));
    }
    String v = String.valueOf(value);
    String o = (String) operand;
    return Truth.of(v.equalsIgnoreCase(o) || v.strip().equalsIgnoreCase(o));
  }

  /** A number, or a version's leading number ({@code "2008 R2"} is 2008); {@code null} if there is none. */
  static Double number(Object value) {
    if (value instanceof Number) {
      return ((Number) value).doubleValue();
    }
    // ^\\s*(\\d+(\\.\\d+)?) by hand: a regular expression here was a tenth of the rubric's time per VM.
    String s = String.valueOf(value);
    int i = 0;
    while (i < s.length() && " \t\n\u000B\f\r".indexOf(s.charAt(i)) >= 0) {
      i++;
    }
    int start = i;
    i = digits(s, i);
    if (i == start) {
      return null;
    }
    if (i + 1 < s.length() && s.charAt(i) == '.' && digits(s, i + 1) > i + 1) {
      i = digits(s, i + 1);
    }
    return Double.valueOf(s.substring(start, i));
  }

  private static int digits(String s, int from) {
    int i = from;
    while (i < s.length() && s.charAt(i) >= '0' && s.charAt(i) <= '9') {
      i++;
    }
    return i;
  }
}
