package io.kubelift.report;

import io.kubelift.rubric.Rule;
import java.util.Locale;
import java.util.Map;

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

  /**
   * A capacity in GiB as a person reads it, value and unit: GiB up to 9,999, then TiB, then PiB, so that an
   * estate's total fits a summary card ({@code 790 GiB}, {@code 55.5 PiB}).
   */
  static Map<String, String> size(double gib) {
    String[] units = {"GiB", "TiB", "PiB"};
    double v = gib;
    int u = 0;
    while (v >= 10_000 && u < units.length - 1) {
      v /= 1024;
      u++;
    }
    Map<String, String> size = new java.util.LinkedHashMap<>(); // one key order on every run
    size.put("value", grouped(u == 0 ? v : Math.round(v * 10) / 10.0));
    size.put("unit", units[u]);
    return size;
  }

  /** The same with thousands grouped, for totals a person reads ({@code 58,163,686}), not for machine values. */
  static String grouped(double d) {
    String s = String.format(Locale.ROOT, "%,.1f", d);
    return s.endsWith(".0") ? s.substring(0, s.length() - 2) : s;
  }

  /** Whether a reference may become a link: only web addresses, so a rubric cannot smuggle in javascript: URLs. */
  static boolean isWebLink(String ref) {
    return ref != null && ref.matches("(?i)https?://[^\\s\"'<>]+");
  }
}
