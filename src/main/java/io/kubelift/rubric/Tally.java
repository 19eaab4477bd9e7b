package io.kubelift.rubric;

/**
 * How many of the facts a rubric consulted were known.
 *
 * @param known facts with a value
 * @param consulted facts consulted in all
 */
public record Tally(int known, int consulted) {
  public static final Tally NONE = new Tally(0, 0);

  public Tally plus(Tally o) {
    return new Tally(known + o.known, consulted + o.consulted);
  }

  /** Share known, 1.0 when nothing was consulted. */
  public double ratio() {
    return consulted == 0 ? 1.0 : (double) known / consulted;
  }
}
