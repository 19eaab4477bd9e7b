package io.kubelift.cluster;

import static io.kubelift.rubric.ClusterFactNames.FENCING;
import static io.kubelift.rubric.ClusterFactNames.FENCING_KINDS;
import static io.kubelift.rubric.ClusterFactNames.NODE_HEALTH_CHECKS;
import static io.kubelift.rubric.ClusterFactNames.NODE_MAINTENANCE;

import io.fabric8.kubernetes.api.model.GenericKubernetesResource;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * Fencing and remediation facts from the medik8s operators. Fencing counts as available when a NodeHealthCheck
 * names a FenceAgentsRemediation or SelfNodeRemediation template that exists: only then is a failed node fenced
 * before its VMs start elsewhere. An operator installed but not wired to a NodeHealthCheck fences nothing.
 */
final class FencingFacts {
  static final String NHC_GROUP = "remediation.medik8s.io";
  static final String SNR_GROUP = "self-node-remediation.medik8s.io";
  static final String FAR_GROUP = "fence-agents-remediation.medik8s.io";
  static final String NMO_GROUP = "nodemaintenance.medik8s.io";
  private static final Map<String, String> FENCING_TEMPLATES = Map.of(
      "SelfNodeRemediationTemplate", SNR_GROUP, "FenceAgentsRemediationTemplate", FAR_GROUP);

  private FencingFacts() {}

  static void read(Discovery d, FactSheet s) {
    s.from(NetworkFacts.present(d.kind(NMO_GROUP, "NodeMaintenance")), NODE_MAINTENANCE);
    Read<List<GenericKubernetesResource>> checks = d.list(NHC_GROUP, "NodeHealthCheck");
    if (!checks.known()) {
      s.unknown(checks.reason(), FENCING, FENCING_KINDS, NODE_HEALTH_CHECKS);
      return;
    }
    s.put(NODE_HEALTH_CHECKS, checks.value().size());
    List<Map<String, Object>> templates = new ArrayList<>();
    for (GenericKubernetesResource nhc : checks.value()) {
      templates.addAll(templates(nhc));
    }
    TreeSet<String> kinds = new TreeSet<>();
    templates.forEach(t -> kinds.add(String.valueOf(t.get("kind")).replaceFirst("Template$", "")));
    s.put(FENCING_KINDS, kinds);
    Read<Boolean> available = Read.known(false);
    for (Map<String, Object> t : templates) {
      Read<Boolean> exists = exists(d, t);
      if (exists.known() && exists.value()) {
        available = exists;
        break;
      }
      available = exists.known() ? available : exists;
    }
    s.from(available, FENCING);
  }

  /** The remediation templates a NodeHealthCheck uses, directly or as escalating steps. */
  private static List<Map<String, Object>> templates(GenericKubernetesResource nhc) {
    List<Map<String, Object>> out = new ArrayList<>();
    addIfMap(out, Fields.map(nhc, "spec", "remediationTemplate"));
    for (Object step : Fields.list(nhc, "spec", "escalatingRemediations")) {
      addIfMap(out, step instanceof Map ? ((Map<?, ?>) step).get("remediationTemplate") : null);
    }
    return out;
  }

  @SuppressWarnings("unchecked")
  private static void addIfMap(List<Map<String, Object>> out, Object o) {
    if (o instanceof Map) {
      out.add((Map<String, Object>) o);
    }
  }

  /** Whether the referenced template is a fencing one and exists; known false for other remediation kinds. */
  private static Read<Boolean> exists(Discovery d, Map<String, Object> ref) {
    String group = FENCING_TEMPLATES.get(String.valueOf(ref.get("kind")));
    if (group == null) {
      return Read.known(false);
    }
    String wanted = (ref.get("namespace") == null ? "" : ref.get("namespace") + "/") + ref.get("name");
    return d.list(group, String.valueOf(ref.get("kind")))
        .map(items -> items.stream().anyMatch(r -> Discovery.qualifiedName(r).equals(wanted)));
  }
}
