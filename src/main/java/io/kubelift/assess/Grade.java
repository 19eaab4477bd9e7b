package io.kubelift.assess;

import io.kubelift.model.Rating;

/**
 * The aggregate rating of a dimension: a {@link Rating}, or {@code UNKNOWN} when nothing fired but a rule that could
 * make it harder lacked its facts. Declaration order is the order "never easier" is judged by: an unknown is harder
 * than EASY (it might be worse) and easier than a known MEDIUM.
 */
public enum Grade {
  EASY,
  UNKNOWN,
  MEDIUM,
  HARD;

  public static Grade of(Rating r) {
    switch (r) {
      case EASY:
        return EASY;
      case MEDIUM:
        return MEDIUM;
      default:
        return HARD;
    }
  }

  public static Grade worst(Grade a, Grade b) {
    return a.compareTo(b) >= 0 ? a : b;
  }
}
