package io.kubelift.cluster;

import io.fabric8.kubernetes.api.model.APIGroup;
import io.fabric8.kubernetes.api.model.APIGroupList;
import io.fabric8.kubernetes.api.model.APIResource;
import io.fabric8.kubernetes.api.model.APIResourceList;
import io.fabric8.kubernetes.api.model.GenericKubernetesResource;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.dsl.base.ResourceDefinitionContext;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Which custom kinds the cluster serves, from API discovery ({@code /apis}, then {@code /apis/GROUP/VERSION} for the
 * groups asked about), and listing them as generic resources. Discovery decides presence, because listing a kind the
 * cluster does not serve says nothing useful, and because discovery is readable by every authenticated caller where
 * the CRDs themselves often are not.
 */
final class Discovery {
  private final KubernetesClient client;
  private final Calls calls;
  private final Read<Map<String, String>> groups;
  private final Map<String, Read<Map<String, ResourceDefinitionContext>>> kinds = new HashMap<>();

  Discovery(KubernetesClient client, Calls calls) {
    this.client = client;
    this.calls = calls;
    this.groups = calls.read("discover API groups", client::getApiGroups).map(Discovery::preferredVersions);
  }

  private static Map<String, String> preferredVersions(APIGroupList list) {
    Map<String, String> out = new HashMap<>();
    for (APIGroup g : list.getGroups() == null ? List.<APIGroup>of() : list.getGroups()) {
      if (g.getPreferredVersion() != null) {
        out.put(g.getName(), g.getPreferredVersion().getVersion());
      } else if (g.getVersions() != null && !g.getVersions().isEmpty()) {
        out.put(g.getName(), g.getVersions().get(0).getVersion());
      }
    }
    return out;
  }

  /** Whether the group is served at all: known {@code false} when discovery lists no such group. */
  Read<Boolean> hasGroup(String group) {
    return groups.map(g -> g.containsKey(group));
  }

  /** The kind's context; known {@code null} when the cluster does not serve it. */
  Read<ResourceDefinitionContext> kind(String group, String kind) {
    if (!groups.known()) {
      return Read.unknown(groups.reason());
    }
    String version = groups.value().get(group);
    if (version == null) {
      return Read.known(null);
    }
    return kinds.computeIfAbsent(group, g -> resources(g, version)).map(m -> m.get(kind));
  }

  private Read<Map<String, ResourceDefinitionContext>> resources(String group, String version) {
    String gv = group + "/" + version;
    return calls.read("discover the kinds of " + gv, () -> client.getApiResources(gv)).map(list -> {
      Map<String, ResourceDefinitionContext> out = new HashMap<>();
      for (APIResource r : list.getResources() == null ? List.<APIResource>of() : list.getResources()) {
        if (!r.getName().contains("/")) {
          out.put(r.getKind(), new ResourceDefinitionContext.Builder().withGroup(group).withVersion(version)
              .withKind(r.getKind()).withPlural(r.getName()).withNamespaced(Boolean.TRUE.equals(r.getNamespaced()))
              .build());
        }
      }
      return out;
    });
  }

  /**
   * Every resource of the kind in every namespace, sorted by namespace and name; a known empty list when the kind
   * is not served.
   */
  Read<List<GenericKubernetesResource>> list(String group, String kind) {
    Read<ResourceDefinitionContext> k = kind(group, kind);
    if (!k.known()) {
      return Read.unknown(k.reason());
    }
    if (k.value() == null) {
      return Read.known(List.of());
    }
    ResourceDefinitionContext c = k.value();
    return calls.read("list " + c.getPlural() + "." + group, () -> sorted(c.isNamespaceScoped()
        ? client.genericKubernetesResources(c).inAnyNamespace().list().getItems()
        : client.genericKubernetesResources(c).list().getItems()));
  }

  private static List<GenericKubernetesResource> sorted(List<GenericKubernetesResource> items) {
    List<GenericKubernetesResource> out = new ArrayList<>(items);
    out.sort(Comparator.comparing(Discovery::qualifiedName));
    return out;
  }

  /** {@code namespace/name}, or just the name of a cluster-scoped resource. */
  static String qualifiedName(GenericKubernetesResource r) {
    String ns = r.getMetadata().getNamespace();
    return (ns == null ? "" : ns + "/") + r.getMetadata().getName();
  }
}
