package io.kubelift.plan;

/**
 * Escaping for the runbook. Inventory strings are data: in text every character Markdown or HTML could read as
 * markup is backslash-escaped and line breaks become spaces, so a VM called {@code [x](javascript:…)} or
 * {@code <script>} prints as itself and cannot break a table or a list.
 */
final class Markdown {
  private static final String SPECIAL = "\\`*_{}[]()#+!|<>~&$";

  private Markdown() {}

  /** Inline text: {@code unknown} for {@code null}. */
  static String text(Object value) {
    if (value == null) {
      return "unknown";
    }
    String s = value.toString();
    StringBuilder sb = new StringBuilder(s.length() + 8);
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (Character.isISOControl(c) || c == '\u2028' || c == '\u2029') {
        sb.append(' ');
      } else {
        if (SPECIAL.indexOf(c) >= 0) {
          sb.append('\\');
        }
        sb.append(c);
      }
    }
    return sb.toString();
  }

  /** An anchor id (GitHub style) for a rule id, made of lower-case letters, digits and dashes only. */
  static String anchor(String ruleId) {
    return "rule-" + DnsNames.sanitise(ruleId);
  }

  /**
   * {@code format} with each argument escaped by {@link #text}; the format itself is trusted Markdown.
   */
  static String format(String format, Object... args) {
    Object[] escaped = new Object[args.length];
    for (int i = 0; i < args.length; i++) {
      escaped[i] = text(args[i]);
    }
    return String.format(java.util.Locale.ROOT, format, escaped);
  }
}
