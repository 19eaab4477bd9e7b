package io.kubelift.plan;

import java.util.regex.Pattern;

/**
 * Quoting of inventory strings in the runbook's shell commands: a path such as {@code $(rm -rf ~)} stays a path.
 * Plain words stay unquoted for readability; control characters (a line break would also end a Markdown code
 * block) use ANSI-C quoting.
 */
final class Shell {
  private static final Pattern PLAIN = Pattern.compile("[A-Za-z0-9_./:=@%+,-]+");

  private Shell() {}

  static String quote(String s) {
    if (PLAIN.matcher(s).matches()) {
      return s;
    }
    boolean control = s.chars().anyMatch(c -> Character.isISOControl(c) || c == '\u2028' || c == '\u2029');
    if (!control) {
      return "'" + s.replace("'", "'\\''") + "'";
    }
    StringBuilder sb = new StringBuilder("$'");
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c == '\\' || c == '\'') {
        sb.append('\\').append(c);
      } else if (Character.isISOControl(c) || c == '\u2028' || c == '\u2029') {
        sb.append(String.format("\\u%04x", (int) c));
      } else {
        sb.append(c);
      }
    }
    return sb.append('\'').toString();
  }
}
