package io.kubelift.cluster;

import java.util.function.Function;

/**
 * The outcome of reading one item of the cluster: a value (which may be {@code null} for "known to be absent"), or
 * the reason it could not be read.
 *
 * @param value what was read
 * @param reason why it is unknown, or {@code null} when it was read
 */
record Read<T>(T value, String reason) {
  static <T> Read<T> known(T value) {
    return new Read<>(value, null);
  }

  static <T> Read<T> unknown(String reason) {
    return new Read<>(null, reason);
  }

  boolean known() {
    return reason == null;
  }

  /** The value transformed, or the same reason; a known {@code null} stays {@code null}. */
  <R> Read<R> map(Function<T, R> f) {
    return known() ? known(value == null ? null : f.apply(value)) : unknown(reason);
  }
}
