package io.kubelift.rubric;

/** What a rule that fires says about live migration of the VM. */
public enum LiveMigrationEffect {
  /** Nothing. */
  NONE,
  /** The VM cannot be live-migrated; the finding's message is the reason. */
  BLOCKS,
  /** The VM can be live-migrated with a caveat, which the message states. */
  CAVEAT
}
