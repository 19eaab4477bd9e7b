package io.kubelift.rubric;

import io.kubelift.source.InputException;
import java.util.List;

/** A rubric with one or more errors; the message is the first, {@link #errors()} has them all. */
public final class InvalidRubricException extends InputException {
  private static final long serialVersionUID = 1L;
  private final transient List<InputException> errors;

  public InvalidRubricException(List<InputException> errors) {
    super(errors.get(0).file(), errors.get(0).line(), errors.get(0).reason()
        + (errors.size() > 1 ? " (and " + (errors.size() - 1) + " more)" : ""));
    this.errors = List.copyOf(errors);
  }

  public List<InputException> errors() {
    return errors;
  }
}
