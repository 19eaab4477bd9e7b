package io.kubelift.inventory.proxmox;

import io.kubelift.inventory.common.LineFiles;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A Proxmox VE {@code qemu-server/<vmid>.conf}: {@code key: value} lines for the VM itself, then one {@code [name]}
 * section per snapshot (and {@code [PENDING]} or {@code [special:cloudinit]} sections that are neither VMs nor
 * snapshots). Leading {@code #} lines are the VM's description.
 */
final class PveConfig {
  private static final Pattern LINE = Pattern.compile("\\s*([A-Za-z][\\w-]*)\\s*:\\s*(.*?)\\s*");
  private static final Pattern SECTION = Pattern.compile("\\s*\\[([^\\]]+)]\\s*");

  /** The VM's own keys, in file order. */
  final Map<String, String> main = new LinkedHashMap<>();
  final Map<String, Integer> lines = new LinkedHashMap<>();
  /** Names of snapshot sections. */
  final List<String> snapshots = new ArrayList<>();
  final StringBuilder description = new StringBuilder();

  static PveConfig parse(String text) throws LineFiles.BadLine {
    PveConfig c = new PveConfig();
    String section = null;
    int n = 0;
    for (String line : text.split("\r?\n", -1)) {
      n++;
      String t = line.strip();
      Matcher s = SECTION.matcher(line);
      if (t.isEmpty()) {
        continue;
      } else if (t.startsWith("#")) {
        if (section == null) {
          c.description.append(t.substring(1).strip()).append('\n');
        }
      } else if (s.matches()) {
        section = s.group(1);
        if (!section.equals("PENDING") && !section.startsWith("special:")) {
          c.snapshots.add(section);
        }
      } else {
        Matcher m = LINE.matcher(line);
        if (!m.matches()) {
          throw new LineFiles.BadLine(n, "not a 'key: value' line: " + LineFiles.excerpt(t));
        }
        if (section == null) {
          c.main.put(m.group(1), m.group(2));
          c.lines.put(m.group(1), n);
        }
      }
    }
    return c;
  }

  String get(String key) {
    String v = main.get(key);
    return v == null || v.isBlank() ? null : v;
  }

  /** A property string {@code first,key=value,…}: the unnamed first part under {@code ""}, the rest by key. */
  static Map<String, String> options(String value) {
    Map<String, String> out = new LinkedHashMap<>();
    if (value == null) {
      return out;
    }
    boolean first = true;
    for (String part : value.split(",")) {
      int eq = part.indexOf('=');
      if (eq < 0 && first) {
        out.put("", part.strip());
      } else if (eq > 0) {
        out.put(part.substring(0, eq).strip(), part.substring(eq + 1).strip());
      }
      first = false;
    }
    return out;
  }
}
