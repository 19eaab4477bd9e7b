package io.kubelift.rubric;

import java.util.List;
import java.util.function.Function;

/**
 * A named fact rules may consult.
 *
 * @param name e.g. {@code disk.format}
 * @param scope what it describes
 * @param type its value type
 * @param description what it means, for the catalogue listing
 * @param values the allowed values of an enumerated string fact, or empty
 * @param extractor reads the value from the scope's object; {@code null} means unknown
 * @param index its position in the catalogue, which a rule evaluator's {@link Layout} maps to a frame slot
 */
public record Fact(
    String name,
    Scope scope,
    FactType type,
    String description,
    List<String> values,
    Function<Object, Object> extractor,
    int index) {
  public Fact {
    values = List.copyOf(values);
  }

  /** The value for a subject object of this fact's scope. */
  public Object valueOf(Object subject) {
    return subject == null ? null : extractor.apply(subject);
  }
}
