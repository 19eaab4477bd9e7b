package io.kubelift.cluster;

import io.kubelift.model.ClusterFacts;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * What {@code cluster check} prints: every cluster fact, sorted by name so that related facts sit together, with its
 * value or the reason it is unknown. Text from the cluster is printed with control characters replaced, and long
 * lists are cut, so that a hostile or very large cluster cannot garble the terminal.
 */
public final class ClusterFactsText {
  private static final int MAX_ITEMS = 12;

  private ClusterFactsText() {}

  public static String render(ClusterFacts f) {
    Map<String, String> rows = new TreeMap<>();
    f.facts().forEach((k, v) -> rows.put(k, shown(v)));
    f.unknownReasons().forEach((k, v) -> rows.put(k, "unknown: " + clean(v)));
    int width = rows.keySet().stream().mapToInt(String::length).max().orElse(0);
    StringBuilder sb = new StringBuilder();
    sb.append("Target cluster: ").append(clean(f.source())).append('\n');
    rows.forEach((k, v) -> sb.append("  ").append(k).append(" ".repeat(width - k.length() + 2)).append(v)
        .append('\n'));
    sb.append(f.facts().size()).append(" facts known, ").append(f.unknownReasons().size()).append(" unknown.\n");
    return sb.toString();
  }

  private static String shown(Object v) {
    if (!(v instanceof List)) {
      return clean(String.valueOf(v));
    }
    List<?> l = (List<?>) v;
    if (l.isEmpty()) {
      return "none";
    }
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < Math.min(l.size(), MAX_ITEMS); i++) {
      sb.append(i == 0 ? "" : "; ").append(clean(String.valueOf(l.get(i))));
    }
    return l.size() > MAX_ITEMS ? sb + "; and " + (l.size() - MAX_ITEMS) + " more" : sb.toString();
  }

  /** Control characters (escape sequences included) become '?'. */
  static String clean(String s) {
    if (s == null) {
      return "-";
    }
    StringBuilder sb = new StringBuilder(s.length());
    s.codePoints().forEach(c -> sb.appendCodePoint(Character.isISOControl(c) ? '?' : c));
    return sb.toString();
  }
}
