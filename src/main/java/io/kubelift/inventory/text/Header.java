package io.kubelift.inventory.text;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * A header row, matched tolerantly: case, blanks and punctuation are ignored, so {@code "Provisioned MiB"},
 * {@code "provisioned_mib"} and {@code "Provisioned-MiB"} are the same column. Spelling differences between tool
 * versions ({@code MB} / {@code MiB}) are handled by asking for several aliases.
 */
public final class Header {
  private final List<String> names;
  private final Map<String, Integer> index = new HashMap<>();

  public Header(List<String> names) {
    // a workbook's header row may skip a cell (no name at all): it is a column without a name, not an error
    this.names = names.stream().map(n -> n == null ? "" : n).toList();
    for (int i = 0; i < names.size(); i++) {
      String key = key(names.get(i));
      if (!key.isEmpty()) {
        index.putIfAbsent(key, i);
      }
    }
  }

  /** The normalised form of a column name: lower case letters, digits, '#' and '%'. */
  public static String key(String name) {
    if (name == null) {
      return "";
    }
    StringBuilder sb = new StringBuilder(name.length());
    for (char c : name.toLowerCase(Locale.ROOT).toCharArray()) {
      if (c >= 'a' && c <= 'z' || c >= '0' && c <= '9' || c == '#' || c == '%') {
        sb.append(c);
      }
    }
    return sb.toString();
  }

  /** The position of the first alias present, or -1. */
  public int find(String... aliases) {
    for (String a : aliases) {
      Integer i = index.get(key(a));
      if (i != null) {
        return i;
      }
    }
    return -1;
  }

  /** Whether a column of that name is present. */
  public boolean has(String name) {
    return index.containsKey(key(name));
  }

  /** The column names as written. */
  public List<String> names() {
    return names;
  }

  /** The names, joined and shortened for an error message. */
  public String describe() {
    List<String> shown = new ArrayList<>();
    for (String n : names) {
      if (n != null && !n.isBlank()) {
        shown.add("'" + Values.clip(n.strip()) + "'");
      }
      if (shown.size() == 12) {
        shown.add("…");
        break;
      }
    }
    return shown.isEmpty() ? "no column names" : String.join(", ", shown);
  }
}
