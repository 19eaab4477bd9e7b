package io.kubelift.model;

import java.util.Collections;
import java.util.Map;
import java.util.TreeMap;

/**
 * What is known of the target cluster, as named facts ({@code cluster.multus}, …). An absent key is unknown; where
 * the reader knows why (the caller may not list storage classes, say), {@code unknownReasons} says so.
 *
 * @param source where the facts came from (a live context or a snapshot file), {@code null} when none
 * @param facts fact name to value (Boolean, Number, String or List of String)
 * @param unknownReasons fact name to the reason it could not be determined
 */
public record ClusterFacts(String source, Map<String, Object> facts, Map<String, String> unknownReasons) {
  public ClusterFacts {
    facts = Collections.unmodifiableSortedMap(new TreeMap<>(facts));
    unknownReasons = Collections.unmodifiableSortedMap(new TreeMap<>(unknownReasons == null ? Map.of() : unknownReasons));
  }

  /** Facts without reasons for the unknown ones. */
  public ClusterFacts(String source, Map<String, Object> facts) {
    this(source, facts, Map.of());
  }

  /** No target cluster given: every cluster fact is unknown. */
  public static ClusterFacts unknown() {
    return new ClusterFacts(null, Map.of());
  }

  /** Whether a cluster was given at all (live or as a snapshot). */
  public boolean given() {
    return source != null || !facts.isEmpty() || !unknownReasons.isEmpty();
  }

  /** The value of a fact, or {@code null} when unknown. */
  public Object get(String name) {
    return facts.get(name);
  }
}
