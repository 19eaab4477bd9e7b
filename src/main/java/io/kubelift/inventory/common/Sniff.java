package io.kubelift.inventory.common;

import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Recognises formats from the first bytes of a file, without parsing it. */
public final class Sniff {
  private static final Pattern PROLOG = Pattern.compile(
      "\\A\\uFEFF?(?:\\s|<\\?[^>]*\\?>|<!--.*?-->|<!DOCTYPE[^\\[>]*(?:\\[.*?\\])?\\s*>)*<([A-Za-z_][\\w.:-]*)", Pattern.DOTALL);

  private Sniff() {}

  /** The head as text (UTF-8, BOM kept for the caller to skip). */
  public static String text(byte[] head) {
    return new String(head, StandardCharsets.UTF_8);
  }

  /** The local name of the first element of an XML head (after declaration and comments), or "" when none. */
  public static String firstElement(byte[] head) {
    Matcher m = PROLOG.matcher(text(head));
    if (!m.find()) {
      return "";
    }
    String qname = m.group(1);
    return qname.substring(qname.indexOf(':') + 1);
  }
}
