package io.kubelift.rubric;

import java.util.ArrayList;
import java.util.List;

/**
 * A finding message with {@code {fact.name}} placeholders, resolved against the subject when the rule fires.
 */
public final class MessageTemplate {
  private final String text;
  private final List<Object> parts;
  /** The facts its placeholders name, in order. */
  private final Fact[] placeholders;

  private MessageTemplate(String text, List<Object> parts) {
    this.text = text;
    this.parts = parts;
    this.placeholders = parts.stream().filter(Fact.class::isInstance).toArray(Fact[]::new);
  }

  /**
   * Compiles a template; placeholders must name facts of the catalogue.
   *
   * @throws IllegalArgumentException naming the first unknown placeholder
   */
  public static MessageTemplate compile(String text, FactCatalogue catalogue) {
    List<Object> parts = new ArrayList<>();
    int i = 0;
    while (i < text.length()) {
      int open = text.indexOf('{', i);
      if (open < 0) {
        parts.add(text.substring(i));
        break;
      }
      int close = text.indexOf('}', open);
      if (close < 0) {
        throw new IllegalArgumentException("unclosed '{' in message");
      }
      parts.add(text.substring(i, open));
      String name = text.substring(open + 1, close).trim();
      Fact f = catalogue.get(name);
      if (f == null) {
        throw new IllegalArgumentException("message names unknown fact '" + name + "'");
      }
      parts.add(f);
      i = close + 1;
    }
    return new MessageTemplate(text, List.copyOf(parts));
  }

  /** The facts its placeholders name. */
  public List<Fact> facts() {
    List<Fact> out = new ArrayList<>();
    for (Object p : parts) {
      if (p instanceof Fact) {
        out.add((Fact) p);
      }
    }
    return out;
  }

  /** The message for this subject; unknown values read "unknown". */
  public String render(Subject s) {
    return render(values(s));
  }

  /** The values of the placeholders for this subject, in order; unknown values read "unknown". */
  public List<String> values(Subject s) {
    Fact[] p = placeholders;
    switch (p.length) { // most messages name one or two facts: lists of those sizes need no array
      case 0:
        return List.of();
      case 1:
        return List.of(show(s.value(p[0])));
      case 2:
        return List.of(show(s.value(p[0])), show(s.value(p[1])));
      default:
        String[] out = new String[p.length];
        for (int i = 0; i < out.length; i++) {
          out[i] = show(s.value(p[i]));
        }
        return List.of(out);
    }
  }

  /** The message with these placeholder values, as {@link #values(Subject)} gives them. */
  public String render(List<String> values) {
    StringBuilder sb = new StringBuilder();
    int i = 0;
    for (Object p : parts) {
      sb.append(p instanceof Fact ? values.get(i++) : (String) p);
    }
    return sb.toString();
  }

  static String show(Object v) {
    if (v == null) {
      return "unknown";
    }
    if (v instanceof Double || v instanceof Float) {
      double d = ((Number) v).doubleValue();
      return d == Math.rint(d) && Math.abs(d) < 1e15 ? Long.toString((long) d) : String.format(
          java.util.Locale.ROOT, "%.1f", d);
    }
    return String.valueOf(v);
  }

  @Override
  public String toString() {
    return text;
  }
}
