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
    Map<Dimension, Grade> out = new EnumMap<>(Dimension.class);
    Map<Dimension, Boolean> unknown = new EnumMap<>(Dimension.class);
    for (Dimension d : Dimension.values()) {
      out.put(d, null);
      unknown.put(d, false);
    }
    for (Finding f : findings) {
      if (f.status() == FindingStatus.FIRED) {
        Grade g = Grade.of(f.rating());
        out.merge(f.dimension(), g, Grade::worst);
      } else if (f.rating() != Rating.EASY) {
        unknown.put(f.dimension(), true);
      }
    }
    for (Dimension d : Dimension.values()) {
      Grade fired = out.get(d);
      Grade g = fired != null && fired != Grade.EASY ? fired : unknown.get(d) ? Grade.UNKNOWN : Grade.EASY;
      out.put(d, g);
    }
    return out;
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
