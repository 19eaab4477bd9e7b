package io.kubelift.report;

import io.kubelift.rubric.Rule;
import java.util.Locale;

/** Small text helpers shared by renderers. */
final class Labels {
  private Labels() {}

  static String yesNo(boolean b) {
    return b ? "yes" : "no";
  }

  static String liveMigratable(Boolean b) {
    return b == null ? "unknown" : b ? "yes" : "no";
  }

  static String confidence(double c) {
    return String.format(Locale.ROOT, "%.2f", c);
  }

  static String scope(Rule r) {
    return r.forEach() == null ? r.appliesTo().key() : r.appliesTo().key() + " (each " + r.forEach().prefix() + ")";
  }

  /** A quantity with at most one decimal and no trailing {@code .0}: {@code 20}, {@code 10.5}. */
  static String number(double d) {
    String s = String.format(Locale.ROOT, "%.1f", d);
    return s.endsWith(".0") ? s.substring(0, s.length() - 2) : s;
  }

  /** Whether a reference may become a link: only web addresses, so a rubric cannot smuggle in javascript: URLs. */
  static boolean isWebLink(String ref) {
    return ref != null && ref.matches("(?i)https?://[^\\s\"'<>]+");
  }
}
