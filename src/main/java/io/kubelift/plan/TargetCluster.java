package io.kubelift.plan;

import io.kubelift.model.ClusterFacts;
import io.kubelift.rubric.ClusterFactNames;
import io.kubelift.rubric.StorageClassFact;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * What the plan knows of the target cluster: the assessment's {@code cluster.*} facts read by name, typed, with the
 * reason an unknown one is unknown. Every accessor returns {@code null} for unknown; nothing here fills a gap.
 */
final class TargetCluster {
  /** What {@code cluster.storage.defaultClass} holds when no class is marked default. */
  static final String NO_DEFAULT = "none";
  private final ClusterFacts facts;
  private final Map<String, StorageClassFact> classes;

  TargetCluster(ClusterFacts facts) {
    this.facts = facts;
    this.classes = parse(list(ClusterFactNames.STORAGE_CLASSES));
  }

  /** Whether a cluster was given at all; without one the plan keeps the behaviour it had before cluster facts. */
  boolean given() {
    return facts.given();
  }

  /** Where the facts came from (a context or a snapshot's source). */
  String source() {
    return facts.source();
  }

  Boolean flag(String name) {
    Object v = facts.get(name);
    return v instanceof Boolean ? (Boolean) v : null;
  }

  String text(String name) {
    Object v = facts.get(name);
    return v == null || v instanceof List ? null : v.toString();
  }

  /** A list fact as strings, or {@code null} when unknown. */
  List<String> list(String name) {
    Object v = facts.get(name);
    if (!(v instanceof List)) {
      return null;
    }
    List<String> out = new ArrayList<>();
    ((List<?>) v).forEach(o -> out.add(String.valueOf(o)));
    return Collections.unmodifiableList(out);
  }

  /** Why a fact is unknown, as the cluster reader said, or a plain "not read". */
  String why(String name) {
    if (!given()) {
      return "no target cluster was given";
    }
    String reason = facts.unknownReasons().get(name);
    return reason != null ? reason : "not read";
  }

  /** The storage classes by name, in name order, or {@code null} when they are unknown. */
  Map<String, StorageClassFact> classes() {
    return classes;
  }

  /** A storage class by name, or {@code null} when the classes are unknown or the cluster has none of that name. */
  StorageClassFact storageClass(String name) {
    return classes == null || name == null ? null : classes.get(name);
  }

  /** The default storage class, or {@code null} when unknown or when no class is marked default. */
  String defaultClass() {
    String d = text(ClusterFactNames.DEFAULT_CLASS);
    return d == null || NO_DEFAULT.equals(d) ? null : d;
  }

  private static Map<String, StorageClassFact> parse(List<String> entries) {
    if (entries == null) {
      return null;
    }
    Map<String, StorageClassFact> out = new TreeMap<>();
    for (String e : entries) {
      StorageClassFact f = StorageClassFact.parse(e);
      if (f != null) {
        out.put(f.name(), f);
      }
    }
    return Collections.unmodifiableMap(out);
  }
}
