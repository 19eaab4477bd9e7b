package io.kubelift.plan;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * The shape of a NetworkAttachmentDefinition, which has no schema in the KubeVirt and CDI specs: Multus reads
 * {@code spec.config}, a string holding a CNI configuration in JSON.
 */
final class NadShape {
  private static final Set<String> TOP = Set.of("apiVersion", "kind", "metadata", "spec");

  private NadShape() {}

  static List<String> problems(JsonNode nad) {
    List<String> out = new ArrayList<>();
    nad.fieldNames().forEachRemaining(f -> {
      if (!TOP.contains(f)) {
        out.add("unknown field " + f);
      }
    });
    if (!"k8s.cni.cncf.io/v1".equals(nad.path("apiVersion").asText())) {
      out.add("apiVersion is not k8s.cni.cncf.io/v1");
    }
    String name = nad.path("metadata").path("name").asText();
    if (!name.matches("[a-z0-9]([-a-z0-9]{0,61}[a-z0-9])?")) {
      out.add("name is not a DNS-1123 label: " + name);
    }
    JsonNode spec = nad.path("spec");
    if (spec.size() != 1 || !spec.path("config").isTextual()) {
      out.add("spec must hold exactly a config string");
      return out;
    }
    config(spec.get("config").asText(), name, out);
    return out;
  }

  private static void config(String json, String name, List<String> out) {
    try {
      JsonNode c = new ObjectMapper().readTree(json);
      if (!c.path("cniVersion").isTextual() || !name.equals(c.path("name").asText())) {
        out.add("config needs cniVersion and the attachment's name");
      }
      if (!Set.of("bridge", "macvlan", "sriov").contains(c.path("type").asText())) {
        out.add("unexpected CNI type " + c.path("type"));
      }
      if (!c.path("ipam").isObject()) {
        out.add("config needs an ipam object");
      }
    } catch (java.io.IOException e) {
      out.add("config is not JSON: " + e.getMessage());
    }
  }
}
