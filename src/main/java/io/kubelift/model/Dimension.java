package io.kubelift.model;

/** The four measuring parameters of the KubeVirt evaluation, each rated on its own. */
public enum Dimension {
  IMAGE_MIGRATION("imageMigration", "Image migration"),
  CONFIGURATION("configuration", "Configuration & deployment"),
  RELIABILITY("reliability", "Reliability"),
  MAINTENANCE("maintenance", "Maintenance");

  private final String key;
  private final String label;

  Dimension(String key, String label) {
    this.key = key;
    this.label = label;
  }

  /** The name used in rubrics and in {@code assessment.json}, e.g. {@code imageMigration}. */
  public String key() {
    return key;
  }

  /** The human name used in reports. */
  public String label() {
    return label;
  }

  /** Looks a dimension up by its key; {@code null} when there is none of that name. */
  public static Dimension byKey(String key) {
    for (Dimension d : values()) {
      if (d.key.equals(key)) {
        return d;
      }
    }
    return null;
  }
}
