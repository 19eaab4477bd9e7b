package io.kubelift.rubric;

/** Whether a rule applied, or could not be decided for lack of facts. */
public enum FindingStatus {
  /** The rule's condition held: its rating applies. */
  FIRED,
  /** The rule needs facts the inventory lacks: its rating may or may not apply. */
  UNKNOWN
}
