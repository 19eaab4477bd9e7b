package io.kubelift.rubric;

import io.kubelift.model.Dimension;
import io.kubelift.model.Rating;
import java.util.List;
import java.util.Objects;

/**
 * What one rule found on one VM or application. A fired finding keeps only its specifics, the values of its
 * message's placeholders (one list per disk, NIC or device it fired on, at most {@link RuleEvaluator#MAX_LISTED}),
 * and spells its message out on request: so 100,000 VMs do not hold millions of sentences that differ in a disk
 * name, and the reports can state each rule's text once. An undecided finding keeps the facts that were missing as
 * its message; equal ones are shared between VMs.
 */
public final class Finding {
  private final Rule rule;
  private final FindingStatus status;
  private final String text;
  private final List<List<String>> specifics;
  private final int more;
  /** The rule's dimension, rating and effect, copied: every VM's grades read them from each of its findings. */
  private final Dimension dimension;
  private final Rating rating;
  private final LiveMigrationEffect liveMigration;

  /** A finding whose message is given whole. */
  public Finding(Rule rule, FindingStatus status, String message) {
    this(rule, status, Objects.requireNonNull(message), List.of(), 0);
  }

  private Finding(Rule rule, FindingStatus status, String text, List<List<String>> specifics, int more) {
    this.rule = Objects.requireNonNull(rule);
    this.status = Objects.requireNonNull(status);
    this.text = text;
    this.specifics = specifics;
    this.more = more;
    this.dimension = rule.dimension();
    this.rating = rule.rating();
    this.liveMigration = rule.liveMigration();
  }

  /**
   * A fired finding told by the values of its rule's message placeholders.
   *
   * @param specifics per element it fired on (one list for a rule without {@code forEach}), the placeholder values
   * @param more how many further elements it fired on, not listed
   */
  public static Finding fired(Rule rule, List<List<String>> specifics, int more) {
    return new Finding(rule, FindingStatus.FIRED, null, List.copyOf(specifics), more);
  }

  public Rule rule() {
    return rule;
  }

  public FindingStatus status() {
    return status;
  }

  /** The specific finding (which disk and why), or the facts that were missing. */
  public String message() {
    if (text != null) {
      return text;
    }
    StringBuilder sb = new StringBuilder();
    for (List<String> values : specifics) {
      sb.append(sb.length() == 0 ? "" : "; ").append(rule.message().render(values));
    }
    return more > 0 ? sb + "; and " + more + " more" : sb.toString();
  }

  /** Whether the message is the rule's message with {@link #specifics()} filled in (else it was given whole). */
  public boolean templated() {
    return text == null;
  }

  /** Per element, the values of the message's placeholders; empty when the message was given whole. */
  public List<List<String>> specifics() {
    return specifics;
  }

  /** How many more elements the finding fired on than {@link #specifics()} lists. */
  public int more() {
    return more;
  }

  public Dimension dimension() {
    return dimension;
  }

  public Rating rating() {
    return rating;
  }

  /** What the rule says of live migration. */
  public LiveMigrationEffect liveMigration() {
    return liveMigration;
  }

  /** Whether this finding blocks the move: only a fired blocker rule does. */
  public boolean blocks() {
    return status == FindingStatus.FIRED && rule.blocker();
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Finding f && rule == f.rule && status == f.status && message().equals(f.message());
  }

  @Override
  public int hashCode() {
    return (rule.id().hashCode() * 31 + status.hashCode()) * 31 + message().hashCode();
  }

  @Override
  public String toString() {
    return rule.id() + " " + status + ": " + message();
  }
}
