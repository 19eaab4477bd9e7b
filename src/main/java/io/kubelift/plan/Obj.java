package io.kubelift.plan;

import java.util.LinkedHashMap;
import java.util.Map;

/** Insertion-ordered maps for generic resources, so YAML output keeps one order on every run. */
final class Obj {
  private Obj() {}

  /** A map of alternating keys and values; entries whose value is {@code null} are left out. */
  static Map<String, Object> of(Object... keysAndValues) {
    if (keysAndValues.length % 2 != 0) {
      throw new IllegalArgumentException("keys and values must pair up");
    }
    Map<String, Object> m = new LinkedHashMap<>();
    for (int i = 0; i < keysAndValues.length; i += 2) {
      if (keysAndValues[i + 1] != null) {
        m.put((String) keysAndValues[i], keysAndValues[i + 1]);
      }
    }
    return m;
  }

  /** An empty map: how KubeVirt spells "on" for options without settings ({@code masquerade: {}}). */
  static Map<String, Object> empty() {
    return new LinkedHashMap<>();
  }
}
