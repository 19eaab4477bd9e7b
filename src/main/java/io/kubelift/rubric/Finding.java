package io.kubelift.rubric;

import io.kubelift.model.Dimension;
import io.kubelift.model.Rating;

/**
 * What one rule found on one VM or application.
 *
 * @param rule the rule
 * @param status fired, or undecided for lack of facts
 * @param message the specific finding (which disk and why), or the facts that were missing
 */
public record Finding(Rule rule, FindingStatus status, String message) {
  public Dimension dimension() {
    return rule.dimension();
  }

  public Rating rating() {
    return rule.rating();
  }

  /** Whether this finding blocks the move: only a fired blocker rule does. */
  public boolean blocks() {
    return status == FindingStatus.FIRED && rule.blocker();
  }
}
