package io.kubelift.cluster;

import io.kubelift.model.ClusterFacts;
import io.kubelift.rubric.Fact;
import io.kubelift.rubric.FactCatalogue;
import io.kubelift.rubric.FactType;
import io.kubelift.rubric.Scope;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Collects cluster facts and the reasons others stay unknown. Values are normalised here once, whether they come
 * from a live cluster or a snapshot file, so that both give the same assessment byte for byte: whole numbers become
 * {@code Long}, others {@code Double} with three decimals, lists sorted lists of strings.
 */
final class FactSheet {
  private final Map<String, Object> facts = new TreeMap<>();
  private final Map<String, String> unknown = new TreeMap<>();

  /** Records a known value; the name must be a cluster fact of the catalogue and the value of its type. */
  FactSheet put(String name, Object value) {
    Fact f = fact(name);
    Object v = normalize(f.type(), value);
    if (v == null) {
      throw new IllegalArgumentException(name + " is " + f.type() + ", not " + value);
    }
    facts.put(name, v);
    unknown.remove(name);
    return this;
  }

  /** Records why these facts are unknown, unless they are already known. */
  FactSheet unknown(String reason, String... names) {
    for (String n : names) {
      fact(n);
      if (!facts.containsKey(n)) {
        unknown.put(n, reason);
      }
    }
    return this;
  }

  /** Puts the value of a read (which must not be a known {@code null}), or its reason. */
  <T> FactSheet from(Read<T> read, String name) {
    return read.known() ? put(name, read.value()) : unknown(read.reason(), name);
  }

  boolean has(String name) {
    return facts.containsKey(name);
  }

  /** The facts; every cluster fact of the catalogue not decided is unknown with a general reason. */
  ClusterFacts build(String source) {
    for (Fact f : FactCatalogue.standard().all()) {
      if (f.scope() == Scope.CLUSTER && !facts.containsKey(f.name()) && !unknown.containsKey(f.name())) {
        unknown.put(f.name(), "not determined from what the cluster serves");
      }
    }
    return new ClusterFacts(source, facts, unknown);
  }

  /** The facts as recorded, without filling in the ones not mentioned (a snapshot file may list only some). */
  ClusterFacts asRead(String source) {
    return new ClusterFacts(source, facts, unknown);
  }

  static Fact fact(String name) {
    Fact f = FactCatalogue.standard().get(name);
    if (f == null || f.scope() != Scope.CLUSTER) {
      throw new IllegalArgumentException("not a cluster fact: " + name);
    }
    return f;
  }

  /** The value in its canonical form for the type, or {@code null} when it is not of that type. */
  static Object normalize(FactType type, Object value) {
    switch (type) {
      case BOOLEAN:
        return value instanceof Boolean ? value : null;
      case NUMBER:
        return value instanceof Number ? number((Number) value) : null;
      case LIST:
        return value instanceof Collection ? list((Collection<?>) value) : null;
      default:
        return value instanceof String ? value : null;
    }
  }

  /** Three decimals at most; {@code null} for what is no finite number within the range of a long. */
  private static Number number(Number n) {
    try {
      BigDecimal d = new BigDecimal(n.toString()).setScale(3, RoundingMode.HALF_UP).stripTrailingZeros();
      return d.scale() <= 0 ? (Number) d.longValueExact() : (Number) d.doubleValue();
    } catch (NumberFormatException | ArithmeticException e) {
      return null;
    }
  }

  private static List<String> list(Collection<?> c) {
    TreeSet<String> out = new TreeSet<>();
    for (Object o : c) {
      if (!(o instanceof String)) {
        return null;
      }
      out.add((String) o);
    }
    return List.copyOf(out);
  }
}
