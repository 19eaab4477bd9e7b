package io.kubelift.plan;

import io.fabric8.kubernetes.api.model.NamespaceBuilder;

/** The plan's own namespace, with {@code --namespace-per-app}. */
final class NamespaceEnricher implements Enricher {
  static final String FILE = "00-namespace.yaml";

  @Override
  public void enrich(Draft d) {
    if (d.subject.namespace() != null) {
      d.add(FILE, new NamespaceBuilder().withNewMetadata().withName(d.subject.namespace())
          .withLabels(Resources.planLabels(d)).endMetadata().build());
    }
  }
}
