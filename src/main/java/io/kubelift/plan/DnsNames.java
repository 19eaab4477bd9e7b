package io.kubelift.plan;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Pattern;

/**
 * Kubernetes names (DNS-1123 labels: lower-case letters, digits and dashes, at most 63 characters) made from
 * inventory names. Names that sanitise alike, or to nothing, or to a device name Windows reserves for files (so a
 * plan directory named after them could not be created there), get a suffix hashed from the original, so that two
 * distinct inventory names never share a Kubernetes name or a directory, whatever order they come in.
 */
final class DnsNames {
  static final int MAX = 63;
  private static final Pattern INVALID = Pattern.compile("[^a-z0-9]+");
  private static final Pattern RESERVED = Pattern.compile("con|prn|aux|nul|com[0-9]|lpt[0-9]");

  private DnsNames() {}

  /** The inventory name as a DNS-1123 label; empty when nothing of it survives. */
  static String sanitise(String raw) {
    String s = INVALID.matcher(raw == null ? "" : raw.toLowerCase(Locale.ROOT)).replaceAll("-");
    return trim(s, MAX);
  }

  /** The same, starting with a letter (Service names are DNS-1035 labels). */
  static String sanitise1035(String raw) {
    String s = sanitise(raw);
    return s.isEmpty() || Character.isLetter(s.charAt(0)) ? s : trim("s-" + s, MAX);
  }

  /**
   * A distinct name for each id (insertion order kept). Ids are unique keys, e.g. a VM's name and source; raw is
   * the name to show. Deterministic and independent of order.
   */
  static Map<String, String> unique(Map<String, String> rawById) {
    Map<String, Integer> count = new TreeMap<>();
    for (String raw : rawById.values()) {
      count.merge(sanitise(raw), 1, Integer::sum);
    }
    Map<String, String> out = new LinkedHashMap<>();
    Set<String> clean = new HashSet<>();
    for (Map.Entry<String, String> e : rawById.entrySet()) {
      String base = sanitise(e.getValue());
      boolean clash = count.get(base) > 1 || base.isEmpty() || RESERVED.matcher(base).matches();
      out.put(e.getKey(), clash ? null : base);
      if (!clash) {
        clean.add(base);
      }
    }
    List<String> ids = new ArrayList<>(out.keySet());
    for (String id : ids) {
      if (out.get(id) == null) {
        out.put(id, suffixed(sanitise(rawById.get(id)), id, clean));
      }
    }
    return out;
  }

  /** Base plus a hash of the id, re-hashed in the (astronomically unlikely) case it hits a name in use. */
  private static String suffixed(String base, String id, Set<String> taken) {
    String stem = trim(base.isEmpty() ? "x" : base, MAX - 9);
    String name = stem + "-" + hash(id);
    for (int i = 1; taken.contains(name); i++) {
      name = stem + "-" + hash(id + "#" + i);
    }
    taken.add(name);
    return name;
  }

  /** A label made of a (sanitised) base and a fixed suffix that is never cut off, e.g. {@code shop-fencing}. */
  static String withSuffix(String base, String suffix) {
    return trim(sanitise(base), MAX - suffix.length()) + suffix;
  }

  private static String trim(String s, int max) {
    String t = s.length() > max ? s.substring(0, max) : s;
    int from = 0;
    int to = t.length();
    while (from < to && t.charAt(from) == '-') {
      from++;
    }
    while (to > from && t.charAt(to - 1) == '-') {
      to--;
    }
    return t.substring(from, to);
  }

  static String hash(String s) {
    try {
      byte[] d = MessageDigest.getInstance("SHA-256").digest(s.getBytes(StandardCharsets.UTF_8));
      StringBuilder sb = new StringBuilder();
      for (int i = 0; i < 4; i++) {
        sb.append(String.format("%02x", d[i]));
      }
      return sb.toString();
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
