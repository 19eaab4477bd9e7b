package io.kubelift.cluster;

import io.fabric8.kubernetes.client.KubernetesClientException;
import io.kubelift.source.InputException;
import java.util.function.Supplier;

/**
 * Runs one API call and sorts its failures: what the caller may not read (403) or the cluster does not serve (404)
 * becomes an unknown item with its reason; refused credentials (401) or an unreachable server stop the run with one
 * clear line. Messages name the request, never a credential.
 */
final class Calls {
  private final String source;

  Calls(String source) {
    this.source = source;
  }

  <T> Read<T> read(String what, Supplier<T> call) {
    try {
      return Read.known(call.get());
    } catch (KubernetesClientException e) {
      int code = e.getCode();
      if (code == 401) {
        throw new InputException(source, 0, "the cluster refused the credentials (HTTP 401 Unauthorized)", e);
      }
      if (code <= 0) {
        throw new InputException(source, 0, "cannot reach the cluster: " + rootCause(e), e);
      }
      return Read.unknown("cannot " + what + ": " + status(code));
    }
  }

  private static String status(int code) {
    switch (code) {
      case 403:
        return "forbidden (HTTP 403)";
      case 404:
        return "not served (HTTP 404)";
      default:
        return "HTTP " + code;
    }
  }

  /** The innermost cause, by class and message: "ConnectException: Connection refused". */
  static String rootCause(Throwable e) {
    Throwable t = e;
    while (t.getCause() != null && t.getCause() != t) {
      t = t.getCause();
    }
    String m = t.getMessage();
    return t.getClass().getSimpleName() + (m == null || m.isBlank() ? "" : ": " + m);
  }
}
