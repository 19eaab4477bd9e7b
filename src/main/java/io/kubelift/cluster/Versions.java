package io.kubelift.cluster;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Version strings as clusters report them ({@code v1.3.0}, {@code v1.30.2+k3s1}). */
final class Versions {
  private static final Pattern MAJOR_MINOR = Pattern.compile("^(\\d+)\\.(\\d+)");

  private Versions() {}

  /** Without the leading {@code v}; {@code null} stays {@code null}, blank becomes {@code null}. */
  static String strip(String v) {
    if (v == null || v.isBlank()) {
      return null;
    }
    String t = v.trim();
    return t.startsWith("v") || t.startsWith("V") ? t.substring(1) : t;
  }

  /** {@code 1.30.2} as 1.30, for comparing with a release such as 0.56; {@code null} when it does not parse. */
  static Double majorMinor(String v) {
    Matcher m = v == null ? null : MAJOR_MINOR.matcher(v);
    if (m == null || !m.find()) {
      return null;
    }
    return Double.parseDouble(m.group(1)) + Double.parseDouble(m.group(2)) / 100.0;
  }
}
