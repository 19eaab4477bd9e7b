package io.kubelift.assess;

import io.kubelift.model.Dimension;
import io.kubelift.model.Rating;
import io.kubelift.rubric.Finding;
import io.kubelift.rubric.FindingStatus;
import java.util.Collection;
import java.util.EnumMap;
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
    Map<Dimension, Grade> out = new EnumMap<>(Dimension.class);
    for (Dimension d : DIMENSIONS) {
      Grade g = fired[d.ordinal()];
      out.put(d, g != null && g != Grade.EASY ? g : unknown[d.ordinal()] ? Grade.UNKNOWN : Grade.EASY);
    }
    return out;
  }

  private static final Dimension[] DIMENSIONS = Dimension.values();

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
