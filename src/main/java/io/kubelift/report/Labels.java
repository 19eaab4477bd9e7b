package io.kubelift.report;

import io.kubelift.rubric.Rule;

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
    return String.format(java.util.Locale.ROOT, "%.2f", c);
  }

  static String scope(Rule r) {
    return r.forEach() == null ? r.appliesTo().key() : r.appliesTo().key() + " (each " + r.forEach().prefix() + ")";
  }
}
