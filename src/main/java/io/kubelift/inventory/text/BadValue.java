package io.kubelift.inventory.text;

/**
 * A cell whose text cannot mean what its column says (a CPU count of "four"). Readers catch it and reject the
 * record with its location, so one bad cell costs one record, not the file.
 */
public final class BadValue extends RuntimeException {
  private static final long serialVersionUID = 1L;

  public BadValue(String reason) {
    super(reason, null, false, false);
  }
}
