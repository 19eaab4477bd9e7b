package io.kubelift.assess;

import io.kubelift.model.Dimension;
import io.kubelift.model.Rating;
import io.kubelift.rubric.Finding;
import io.kubelift.rubric.FindingStatus;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/** The aggregation rules, in one place: per dimension the worst fired rating; overall the worst dimension. */
public final class Aggregation {
  private Aggregation() {}

  /**
   * The grade of each dimension for these findings: the worst fired rating; UNKNOWN where nothing above EASY fired
   * but an undecided finding rated above EASY exists (an informational EASY finding must not hide it); EASY
   * otherwise.
   */
  public static Map<Dimension, Grade> grades(Collection<Finding> findings) {
    // Arrays by ordinal: this runs once per VM, over some fifty findings, and maps cost more than the rules.
    Grade[] fired = new Grade[DIMENSIONS.length];
    boolean[] unknown = new boolean[DIMENSIONS.length];
    for (Finding f : findings) {
      int d = f.dimension().ordinal();
      if (f.status() == FindingStatus.FIRED) {
        fired[d] = fired[d] == null ? Grade.of(f.rating()) : Grade.worst(fired[d], Grade.of(f.rating()));
      } else if (f.rating() != Rating.EASY) {
        unknown[d] = true;
      }
    }
    for (int d = 0; d < fired.length; d++) {
      Grade g = fired[d];
      fired[d] = g != null && g != Grade.EASY ? g : unknown[d] ? Grade.UNKNOWN : Grade.EASY;
    }
    return shared(fired);
  }

  private static final Dimension[] DIMENSIONS = Dimension.values();
  private static final Grade[] GRADES = Grade.values();
  /**
   * Every possible grade map (four grades on four dimensions: 256), made once and shared: an assessment keeps its
   * grades without a map of its own. Index: the grades' ordinals as digits, the first dimension lowest.
   */
  private static final List<Map<Dimension, Grade>> CANONICAL = canonicalMaps();

  private static List<Map<Dimension, Grade>> canonicalMaps() {
    int n = (int) Math.pow(GRADES.length, DIMENSIONS.length);
    List<Map<Dimension, Grade>> out = new ArrayList<>(n);
    for (int index = 0; index < n; index++) {
      Map<Dimension, Grade> m = new EnumMap<>(Dimension.class);
      for (int d = 0, rest = index; d < DIMENSIONS.length; d++, rest /= GRADES.length) {
        m.put(DIMENSIONS[d], GRADES[rest % GRADES.length]);
      }
      out.add(Collections.unmodifiableMap(m));
    }
    return List.copyOf(out);
  }

  /**
   * The shared, unmodifiable map equal to these grades, or {@code null} when they do not grade every dimension; a
   * record that keeps grades takes this rather than a copy.
   */
  public static Map<Dimension, Grade> canonical(Map<Dimension, Grade> grades) {
    Grade[] byDimension = new Grade[DIMENSIONS.length];
    for (int d = 0; d < byDimension.length; d++) {
      byDimension[d] = grades.get(DIMENSIONS[d]);
      if (byDimension[d] == null) {
        return null;
      }
    }
    return grades.size() == DIMENSIONS.length ? shared(byDimension) : null;
  }

  /** The shared map of these grades, one per dimension in ordinal order. */
  private static Map<Dimension, Grade> shared(Grade[] byDimension) {
    int index = 0;
    for (int d = byDimension.length - 1; d >= 0; d--) {
      index = index * GRADES.length + byDimension[d].ordinal();
    }
    return CANONICAL.get(index);
  }

  /** The worse of two grade maps, dimension by dimension. */
  public static Map<Dimension, Grade> worst(Map<Dimension, Grade> a, Map<Dimension, Grade> b) {
    Map<Dimension, Grade> out = new EnumMap<>(Dimension.class);
    for (Dimension d : Dimension.values()) {
      out.put(d, Grade.worst(a.get(d), b.get(d)));
    }
    return out;
  }

  /** The worst grade of the four dimensions. */
  public static Grade overall(Map<Dimension, Grade> grades) {
    Grade g = Grade.EASY;
    for (Grade x : grades.values()) {
      g = Grade.worst(g, x);
    }
    return g;
  }

  /** Whether any finding blocks the move. */
  public static boolean blocked(Collection<Finding> findings) {
    for (Finding f : findings) {
      if (f.blocks()) {
        return true;
      }
    }
    return false;
  }

  /** Confidence rounded to two decimals, so that output is stable across platforms. */
  public static double round(double ratio) {
    return Math.round(ratio * 100) / 100.0;
  }
}
