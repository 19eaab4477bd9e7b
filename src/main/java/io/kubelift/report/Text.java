package io.kubelift.report;

/**
 * Inventory text made fit for a document. Escaping is each format's business (Freemarker's auto-escaping, the
 * Markdown output format, the JSON data island); this removes what no format can carry: control characters
 * (escape sequences, NUL, which XML 1.0 forbids outright), unpaired surrogates and the non-characters U+FFFE/U+FFFF
 * all become U+FFFD, and line breaks become spaces so a name stays on one line.
 */
final class Text {
  private static final char REPLACEMENT = '\uFFFD';

  private Text() {}

  /** The cleaned text; {@code null} stays {@code null} so templates can say "unknown". */
  static String clean(String s) {
    if (s == null) {
      return null;
    }
    StringBuilder sb = null;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      char r = replacement(s, i, c);
      if (r != c && sb == null) {
        sb = new StringBuilder(s.length()).append(s, 0, i);
      }
      if (sb != null) {
        sb.append(r);
      }
      if (Character.isHighSurrogate(c) && r == c) {
        i++;
        if (sb != null) {
          sb.append(s.charAt(i));
        }
      }
    }
    return sb == null ? s : sb.toString();
  }

  private static char replacement(String s, int i, char c) {
    if (c == '\n' || c == '\r' || c == '\t' || c == '\u2028' || c == '\u2029') {
      return ' ';
    }
    if (Character.isISOControl(c) || c == '\uFFFE' || c == '\uFFFF') {
      return REPLACEMENT;
    }
    if (Character.isHighSurrogate(c)) {
      return i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1)) ? c : REPLACEMENT;
    }
    return Character.isLowSurrogate(c) ? REPLACEMENT : c;
  }
}
