package io.kubelift.cluster;

import io.fabric8.kubernetes.api.model.GenericKubernetesResource;
import java.util.List;
import java.util.Map;

/**
 * Typed reads of a generic resource's fields. A field of an unexpected type reads as absent: the cluster's custom
 * resources are validated by their CRDs, but a malformed one must leave a fact unknown, not end the run.
 */
final class Fields {
  private Fields() {}

  static String text(GenericKubernetesResource r, Object... path) {
    Object o = r.get(path);
    return o instanceof String ? (String) o : null;
  }

  static Map<?, ?> map(GenericKubernetesResource r, Object... path) {
    Object o = r.get(path);
    return o instanceof Map ? (Map<?, ?>) o : null;
  }

  static List<?> list(GenericKubernetesResource r, Object... path) {
    Object o = r.get(path);
    return o instanceof List ? (List<?>) o : List.of();
  }
}
