package io.kubelift.inventory.text;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Reads typed values out of spreadsheet and CSV cells. A blank cell is {@code null} (unknown); text that cannot be
 * the type asked for throws {@link BadValue} naming the column, so the record is rejected rather than misread.
 */
public final class Values {
  private static final Pattern GROUPED = Pattern.compile("\\d{1,3}(\\.\\d{3}){2,}");
  private static final Pattern LIST_SEPARATORS = Pattern.compile("[,;\\s]+");

  private Values() {}

  /** The trimmed text, or {@code null} when blank. */
  public static String text(String s) {
    if (s == null) {
      return null;
    }
    String t = s.strip();
    return t.isEmpty() ? null : t;
  }

  /** {@code true/false, yes/no, y/n, 1/0, on/off}, any case. */
  public static Boolean bool(String column, String s) {
    String t = text(s);
    if (t == null) {
      return null;
    }
    switch (t.toLowerCase(Locale.ROOT)) {
      case "true": case "yes": case "y": case "1": case "on":
        return Boolean.TRUE;
      case "false": case "no": case "n": case "0": case "off":
        return Boolean.FALSE;
      default:
        throw new BadValue("column '" + column + "': '" + clip(t) + "' is not yes/no (true/false)");
    }
  }

  /**
   * A number as spreadsheets write it. Where both '.' and ',' occur, the last one is the decimal mark; a lone ','
   * is a decimal mark only when {@code decimalComma} (semicolon-delimited files from European locales), else a
   * thousands separator; '.' groups only in the shape 1.234.567.
   */
  public static Double number(String column, String s, boolean decimalComma) {
    String t = text(s);
    if (t == null) {
      return null;
    }
    t = t.replace(" ", "").replace("\u00a0", "").replace("'", "");
    int dot = t.lastIndexOf('.');
    int comma = t.lastIndexOf(',');
    if (dot >= 0 && comma >= 0) {
      t = dot > comma ? t.replace(",", "") : t.replace(".", "").replace(',', '.');
    } else if (comma >= 0) {
      t = decimalComma ? t.replace(',', '.') : t.replace(",", "");
    } else if (GROUPED.matcher(t).matches()) {
      t = t.replace(".", "");
    }
    try {
      double d = Double.parseDouble(t);
      if (Double.isNaN(d) || Double.isInfinite(d)) {
        throw new NumberFormatException();
      }
      return d;
    } catch (NumberFormatException e) {
      throw new BadValue("column '" + column + "': '" + clip(s.strip()) + "' is not a number");
    }
  }

  /** A whole number; a fraction is refused. */
  public static Long whole(String column, String s, boolean decimalComma) {
    Double d = number(column, s, decimalComma);
    if (d == null) {
      return null;
    }
    if (d != Math.rint(d) || Math.abs(d) > 9.0e15) {
      throw new BadValue("column '" + column + "': '" + clip(s.strip()) + "' is not a whole number");
    }
    return d.longValue();
  }

  /** A whole number that fits an int. */
  public static Integer integer(String column, String s, boolean decimalComma) {
    Long l = whole(column, s, decimalComma);
    if (l == null) {
      return null;
    }
    if (l > Integer.MAX_VALUE || l < Integer.MIN_VALUE) {
      throw new BadValue("column '" + column + "': '" + clip(s.strip()) + "' is too large");
    }
    return l.intValue();
  }

  /** Items separated by commas, semicolons or blanks; {@code null} when blank. */
  public static List<String> list(String s) {
    String t = text(s);
    if (t == null) {
      return null;
    }
    List<String> out = new ArrayList<>();
    for (String part : LIST_SEPARATORS.split(t)) {
      if (!part.isEmpty()) {
        out.add(part);
      }
    }
    return out;
  }

  /** Text cut to a length fit for a one-line message. */
  public static String clip(String s) {
    return s.length() <= 60 ? s : s.substring(0, 57) + "...";
  }
}
