package io.kubelift.model;

/** How hard one aspect of a move is. Declaration order is severity order: {@code EASY < MEDIUM < HARD}. */
public enum Rating {
  EASY,
  MEDIUM,
  HARD;

  /** The worse of two ratings. */
  public static Rating worst(Rating a, Rating b) {
    return a.compareTo(b) >= 0 ? a : b;
  }
}
