package io.kubelift.cli;

import io.kubelift.cluster.ClusterConnection;
import io.kubelift.cluster.ClusterFactsFile;
import io.kubelift.model.ClusterFacts;
import io.kubelift.source.InputException;
import java.nio.file.Path;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * Where the target cluster's facts come from: the live cluster ({@code --cluster}), a snapshot
 * ({@code --cluster-facts}), or nowhere, in which case every cluster fact is unknown.
 */
final class ClusterOptions {
  @Option(names = "--cluster",
      description = "Assess against the live target cluster (standard kubeconfig discovery; see --kubeconfig).")
  boolean live;

  @Option(names = "--cluster-facts", paramLabel = "FILE",
      description = "Assess against a cluster-facts snapshot written by 'kubelift cluster check --save'.")
  Path snapshot;

  @Mixin Connection connection;

  ClusterFacts load() {
    if (live && snapshot != null) {
      throw new InputException("--cluster", 0, "give either --cluster or --cluster-facts, not both");
    }
    if (!live && connection.given()) {
      throw new InputException(connection.kubeconfig != null ? "--kubeconfig" : "--context", 0,
          "applies only with --cluster");
    }
    if (snapshot != null) {
      return ClusterFactsFile.read(snapshot);
    }
    return live ? connection.read() : ClusterFacts.unknown();
  }

  /** How to reach a cluster; shared with {@code cluster check}. */
  static final class Connection {
    @Option(names = "--kubeconfig", paramLabel = "FILE",
        description = "Kubeconfig file (default: $KUBECONFIG or the standard location; in a pod, its service account).")
    Path kubeconfig;

    @Option(names = "--context", paramLabel = "NAME", description = "Kubeconfig context (default: the current one).")
    String context;

    boolean given() {
      return kubeconfig != null || context != null;
    }

    ClusterFacts read() {
      return ClusterConnection.read(kubeconfig, context);
    }
  }
}
