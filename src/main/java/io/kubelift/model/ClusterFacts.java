package io.kubelift.model;

import java.util.Collections;
import java.util.Map;
import java.util.TreeMap;

/**
 * What is known of the target cluster, as named facts ({@code cluster.multus}, …). An absent key is unknown.
 *
 * @param source where the facts came from (a live context or a snapshot file), {@code null} when none
 * @param facts fact name to value (Boolean, Number, String or List of String)
 */
public record ClusterFacts(String source, Map<String, Object> facts) {
  public ClusterFacts {
    facts = Collections.unmodifiableSortedMap(new TreeMap<>(facts));
  }

  /** No target cluster given: every cluster fact is unknown. */
  public static ClusterFacts unknown() {
    return new ClusterFacts(null, Map.of());
  }

  /** The value of a fact, or {@code null} when unknown. */
  public Object get(String name) {
    return facts.get(name);
  }
}
