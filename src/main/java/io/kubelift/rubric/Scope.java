package io.kubelift.rubric;

/** What a fact describes; its name starts with the scope's prefix ({@code disk.format}, {@code app.pattern}). */
public enum Scope {
  VM("vm"),
  DISK("disk"),
  NIC("nic"),
  DEVICE("device"),
  APPLICATION("app"),
  CLUSTER("cluster");

  private final String prefix;

  Scope(String prefix) {
    this.prefix = prefix;
  }

  public String prefix() {
    return prefix;
  }

  /** The scope a fact name belongs to, or {@code null}. */
  public static Scope ofFact(String name) {
    int dot = name.indexOf('.');
    String p = dot < 0 ? name : name.substring(0, dot);
    for (Scope s : values()) {
      if (s.prefix.equals(p)) {
        return s;
      }
    }
    return null;
  }

  /** The element scope a {@code forEach} names ({@code disk}, {@code nic}, {@code device}), or {@code null}. */
  public static Scope element(String name) {
    for (Scope s : new Scope[] {DISK, NIC, DEVICE}) {
      if (s.prefix.equals(name)) {
        return s;
      }
    }
    return null;
  }
}
