package io.kubelift.rubric;

import io.kubelift.model.Dimension;
import io.kubelift.model.Rating;
import java.util.List;

/**
 * One rubric rule: data, not code.
 *
 * @param id stable identifier, never reused
 * @param title one-line name
 * @param appliesTo VM or application
 * @param forEach for VM rules, the element scope evaluated one by one ({@code DISK}, {@code NIC},
 *     {@code DEVICE}), or {@code null}
 * @param when the condition under which it fires
 * @param dimension the dimension it rates
 * @param rating how hard it makes that dimension
 * @param blocker whether it blocks the move outright
 * @param liveMigration what it says about live migration
 * @param message the finding's specific message
 * @param rationale why this matters, stated once per rule
 * @param remediation what to do about it
 * @param references documentation URLs
 * @param source file and line where it is defined
 */
public record Rule(
    String id,
    String title,
    Target appliesTo,
    Scope forEach,
    Condition when,
    Dimension dimension,
    Rating rating,
    boolean blocker,
    LiveMigrationEffect liveMigration,
    MessageTemplate message,
    String rationale,
    String remediation,
    List<String> references,
    String source) {
  public Rule {
    references = List.copyOf(references);
  }
}
