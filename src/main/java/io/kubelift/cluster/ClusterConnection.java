package io.kubelift.cluster;

import io.fabric8.kubernetes.client.Config;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.KubernetesClientBuilder;
import io.kubelift.model.ClusterFacts;
import io.kubelift.source.InputException;
import java.io.File;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Connects to a cluster the standard way (a kubeconfig file, {@code $KUBECONFIG}, {@code ~/.kube/config}, or the
 * in-cluster service account) through fabric8's {@link Config}, and reads its facts. Credentials stay inside the
 * {@code Config}: errors and the source description name the context and the server only, and errors from reading
 * a kubeconfig carry no detail because parser messages may quote its values.
 */
public final class ClusterConnection {
  private static final int CONNECT_TIMEOUT_MS = 10_000;
  private static final int REQUEST_TIMEOUT_MS = 30_000;

  private ClusterConnection() {}

  /**
   * Reads the facts of the cluster the kubeconfig and context point at.
   *
   * @param kubeconfig a kubeconfig file, or {@code null} for the standard discovery
   * @param context a context name, or {@code null} for the current one
   * @throws InputException when no configuration is found, the context does not exist, or the cluster cannot be
   *     reached or refuses the credentials
   */
  public static ClusterFacts read(Path kubeconfig, String context) {
    Config config = config(kubeconfig, context);
    String source = describe(config);
    KubernetesClient client;
    try {
      client = new KubernetesClientBuilder().withConfig(config).build();
    } catch (RuntimeException e) {
      throw new InputException(source, 0, "cannot set up the connection (" + e.getClass().getSimpleName() + ")");
    }
    try (client) {
      return ClusterReader.read(client, source);
    }
  }

  static Config config(Path kubeconfig, String context) {
    String shown = kubeconfig == null ? "kubeconfig" : kubeconfig.toString();
    if (kubeconfig == null && !discoverable()) {
      throw new InputException(shown, 0, "no kubeconfig found ($KUBECONFIG, ~/.kube/config) and not running in a "
          + "cluster; give --kubeconfig FILE");
    }
    if (kubeconfig != null && !Files.isRegularFile(kubeconfig)) {
      throw new InputException(shown, 0, "no such kubeconfig file");
    }
    Config config;
    try {
      config = kubeconfig == null ? Config.autoConfigure(context) : Config.fromKubeconfig(context, kubeconfig.toFile());
    } catch (RuntimeException e) {
      // The parser's message may quote the file, credentials included: name the failure, not its details.
      throw new InputException(shown, 0, "not a usable kubeconfig (" + e.getClass().getSimpleName() + ")");
    }
    if (context != null && (config.getCurrentContext() == null
        || !context.equals(config.getCurrentContext().getName()))) {
      throw new InputException(shown, 0, "no context '" + context + "' in the kubeconfig");
    }
    config.setConnectionTimeout(CONNECT_TIMEOUT_MS);
    config.setRequestTimeout(REQUEST_TIMEOUT_MS);
    config.setRequestRetryBackoffLimit(1);
    return config;
  }

  private static boolean discoverable() {
    if (System.getenv("KUBERNETES_SERVICE_HOST") != null) {
      return true;
    }
    for (String f : Config.getKubeconfigFilenames()) {
      if (f != null && new File(f).isFile()) {
        return true;
      }
    }
    return false;
  }

  /** "context NAME at https://host:port/": the server without user information, query or fragment. */
  static String describe(Config config) {
    String server = server(config.getMasterUrl());
    return config.getCurrentContext() == null ? "in-cluster configuration at " + server
        : "context " + config.getCurrentContext().getName() + " at " + server;
  }

  static String server(String url) {
    try {
      URI u = new URI(url);
      return new URI(u.getScheme(), null, u.getHost(), u.getPort(), u.getPath(), null, null).toString();
    } catch (URISyntaxException | RuntimeException e) {
      return "an unparsable server address";
    }
  }
}
