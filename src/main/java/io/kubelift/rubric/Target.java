package io.kubelift.rubric;

/** What a rule is evaluated on. */
public enum Target {
  VM("vm"),
  APPLICATION("application");

  private final String key;

  Target(String key) {
    this.key = key;
  }

  public String key() {
    return key;
  }
}
