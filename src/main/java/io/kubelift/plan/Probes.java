package io.kubelift.plan;

import io.kubelift.model.HealthCheck;
import java.util.Map;

/**
 * Readiness and liveness probes from the workload's health check. Liveness only where the VM may be re-created:
 * a failed liveness probe stops the VM, and with runStrategy Manual nothing would start it again.
 */
final class Probes {
  /** Seconds a VM gets to boot before its probes count; generous, since a VM boots slower than a container. */
  static final int READINESS_DELAY = 60;
  static final int LIVENESS_DELAY = 300;

  private Probes() {}

  /** The probe action, or {@code null} when there is no usable HTTP or TCP check. */
  static Map<String, Object> action(HealthCheck h) {
    if (h == null || !Boolean.TRUE.equals(h.available()) || h.port() == null) {
      return null;
    }
    if ("http".equals(h.type())) {
      return Obj.of("httpGet", Obj.of("port", h.port(), "path", h.path() == null ? "/" : h.path()));
    }
    if ("tcp".equals(h.type())) {
      return Obj.of("tcpSocket", Obj.of("port", h.port()));
    }
    return null;
  }

  static Map<String, Object> readiness(Map<String, Object> action) {
    return probe(action, READINESS_DELAY, 10, 3);
  }

  static Map<String, Object> liveness(Map<String, Object> action) {
    return probe(action, LIVENESS_DELAY, 20, 3);
  }

  private static Map<String, Object> probe(Map<String, Object> action, int delay, int period, int failures) {
    Map<String, Object> p = Obj.of();
    p.putAll(action);
    p.put("initialDelaySeconds", delay);
    p.put("periodSeconds", period);
    p.put("timeoutSeconds", 5);
    p.put("failureThreshold", failures);
    return p;
  }
}
