package io.kubelift.inventory.vmx;

import io.kubelift.inventory.common.Hardware;
import io.kubelift.inventory.common.LineFiles;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The key/value dictionary of a VMware .vmx file. Keys are case-insensitive ({@code memsize} and {@code memSize}
 * are one key; the last line wins, as in VMware), values are unquoted and their {@code |XX} hex escapes decoded.
 * Keys with a {@code *} (such as {@code pciPassthru*.present}) give a default for every key they match. The
 * {@code .encoding} key names the file's character set.
 */
final class VmxFile {
  private static final Pattern LINE = Pattern.compile("\\s*([^=\\s]+)\\s*=\\s*(?:\"(.*)\"|([^\"]*?))\\s*");
  private static final Pattern ESCAPE = Pattern.compile("\\|([0-9A-Fa-f]{2})");
  private static final Pattern ENCODING = Pattern.compile("(?m)^\\s*\\.encoding\\s*=\\s*\"([^\"]+)\"");

  private final Map<String, String> values = new LinkedHashMap<>();
  private final Map<String, Integer> lines = new LinkedHashMap<>();
  private final Map<Pattern, String> wildcards = new LinkedHashMap<>();

  static VmxFile parse(byte[] bytes) throws LineFiles.BadLine {
    String text = decode(bytes);
    VmxFile f = new VmxFile();
    int n = 0;
    for (String line : text.split("\r?\n|\r", -1)) {
      n++;
      String t = line.strip();
      if (t.isEmpty() || t.startsWith("#")) {
        continue; // includes the "#!/usr/bin/vmware" first line of hosted products
      }
      Matcher m = LINE.matcher(line);
      if (!m.matches()) {
        throw new LineFiles.BadLine(n, "not a 'key = \"value\"' line: " + LineFiles.excerpt(t));
      }
      f.put(m.group(1).toLowerCase(Locale.ROOT), unescape(m.group(2) != null ? m.group(2) : m.group(3)), n);
    }
    return f;
  }

  private void put(String key, String value, int line) {
    if (key.contains("*")) {
      wildcards.put(Pattern.compile(Pattern.quote(key).replace("*", "\\E[^.]*\\Q")), value);
    } else {
      values.put(key, value);
      lines.put(key, line);
    }
  }

  private static String decode(byte[] bytes) {
    String ascii = new String(bytes, StandardCharsets.ISO_8859_1);
    Matcher m = ENCODING.matcher(ascii);
    Charset cs = StandardCharsets.UTF_8;
    if (m.find()) {
      try {
        cs = Charset.forName(m.group(1));
      } catch (IllegalArgumentException e) {
        cs = StandardCharsets.UTF_8; // an unknown name: VMware itself writes UTF-8 today
      }
    }
    String s = new String(bytes, cs);
    return s.startsWith("\uFEFF") ? s.substring(1) : s;
  }

  private static String unescape(String v) {
    return ESCAPE.matcher(v).replaceAll(m -> Matcher.quoteReplacement(
        String.valueOf((char) Integer.parseInt(m.group(1), 16))));
  }

  /** The value of a key (any case), falling back to a matching wildcard key; {@code null} when absent. */
  String get(String key) {
    String k = key.toLowerCase(Locale.ROOT);
    String v = values.get(k);
    if (v != null) {
      return v.isBlank() ? null : v;
    }
    for (Map.Entry<Pattern, String> w : wildcards.entrySet()) {
      if (w.getKey().matcher(k).matches()) {
        return w.getValue();
      }
    }
    return null;
  }

  /** A boolean key in any spelling; {@code null} when absent or not a boolean. */
  Boolean bool(String key) {
    return Hardware.bool(get(key));
  }

  /** Whether a device key says {@code present = TRUE}. */
  boolean present(String device) {
    return Boolean.TRUE.equals(bool(device + ".present"));
  }

  /** The line of a key, or 0. */
  int line(String key) {
    return lines.getOrDefault(key.toLowerCase(Locale.ROOT), 0);
  }

  /** Every key (lower case) in file order. */
  Iterable<String> keys() {
    return values.keySet();
  }
}
