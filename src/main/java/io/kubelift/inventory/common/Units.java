package io.kubelift.inventory.common;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Numbers and sizes as inventory formats write them; anything unreadable comes back {@code null} (unknown). */
public final class Units {
  private static final double GIB = 1024.0 * 1024 * 1024;
  private static final Pattern SUFFIXED = Pattern.compile("(\\d+(?:\\.\\d+)?)\\s*([KMGTP]?)(?:I?B)?",
      Pattern.CASE_INSENSITIVE);
  private static final Pattern PROGRAMMATIC = Pattern.compile("byte\\s*(?:\\*\\s*(2|10)\\s*\\^\\s*(-?\\d+))?");

  private Units() {}

  /** Bytes as GiB. */
  public static Double gib(Double bytes) {
    return bytes == null ? null : bytes / GIB;
  }

  /** Bytes as MiB, rounded down. */
  public static Long mib(Double bytes) {
    return bytes == null ? null : (long) (bytes / (1024 * 1024));
  }

  /**
   * A size with an optional binary suffix, as Proxmox and libvirt write it: {@code 32G}, {@code 528K},
   * {@code 4M}, {@code 1T}, {@code 1024} (bytes). Suffixes are powers of 1024.
   */
  public static Double suffixedBytes(String s) {
    if (s == null) {
      return null;
    }
    Matcher m = SUFFIXED.matcher(s.trim());
    if (!m.matches()) {
      return null;
    }
    int power = m.group(2).isEmpty() ? 0 : "KMGTP".indexOf(m.group(2).toUpperCase(Locale.ROOT)) + 1;
    return Double.parseDouble(m.group(1)) * Math.pow(1024, power);
  }

  /**
   * The number of bytes one unit stands for, from a DMTF programmatic unit ({@code byte * 2^20}) or the older
   * names ({@code MegaBytes}, {@code KB}); {@code null} when not a byte unit. Absent means bytes.
   */
  public static Double byteUnit(String unit) {
    if (unit == null || unit.isBlank()) {
      return 1.0;
    }
    String u = unit.trim().toLowerCase(Locale.ROOT);
    Matcher m = PROGRAMMATIC.matcher(u);
    if (m.matches()) {
      return m.group(1) == null ? 1.0 : Math.pow(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)));
    }
    switch (u) {
      case "bytes":
        return 1.0;
      case "kilobytes": case "kb": case "kib":
        return 1024.0;
      case "megabytes": case "mb": case "mib":
        return 1024.0 * 1024;
      case "gigabytes": case "gb": case "gib":
        return GIB;
      case "terabytes": case "tb": case "tib":
        return GIB * 1024;
      default:
        return null;
    }
  }

  /** A whole number, or {@code null}. */
  public static Long parseLong(String s) {
    if (s == null) {
      return null;
    }
    try {
      return Long.parseLong(s.trim());
    } catch (NumberFormatException e) {
      return null;
    }
  }

  /** A whole number that fits an int, or {@code null}. */
  public static Integer parseInt(String s) {
    Long l = parseLong(s);
    return l == null || l > Integer.MAX_VALUE || l < Integer.MIN_VALUE ? null : l.intValue();
  }

  /** A decimal number, or {@code null}. */
  public static Double parseDouble(String s) {
    if (s == null) {
      return null;
    }
    try {
      double d = Double.parseDouble(s.trim());
      return Double.isFinite(d) ? d : null;
    } catch (NumberFormatException e) {
      return null;
    }
  }

  /** The product of the factors, or {@code null} when any is unknown. */
  public static Integer product(Integer... factors) {
    long p = 1;
    for (Integer f : factors) {
      if (f == null) {
        return null;
      }
      p *= f;
    }
    return p > Integer.MAX_VALUE ? null : (int) p;
  }
}
