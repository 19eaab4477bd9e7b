package io.kubelift.plan;

import io.fabric8.kubernetes.api.model.GenericKubernetesResource;
import io.fabric8.kubernetes.api.model.ObjectMeta;
import io.fabric8.kubernetes.api.model.ObjectMetaBuilder;
import java.util.LinkedHashMap;
import java.util.Map;

/** Object metadata and labels shared by every enricher. */
final class Resources {
  static final String PART_OF = "app.kubernetes.io/part-of";
  static final String COMPONENT = "app.kubernetes.io/component";
  static final String MANAGED_BY = "app.kubernetes.io/managed-by";
  static final String VM = "kubelift.io/vm";

  private Resources() {}

  /** A KubeVirt, CDI or Multus object as a generic resource with ordered content. */
  static GenericKubernetesResource generic(String apiVersion, String kind, ObjectMeta meta, Map<String, Object> spec) {
    GenericKubernetesResource r = new GenericKubernetesResource();
    r.setApiVersion(apiVersion);
    r.setKind(kind);
    r.setMetadata(meta);
    r.setAdditionalProperty("spec", spec);
    return r;
  }

  static ObjectMeta meta(Draft d, String name, Map<String, String> labels) {
    return new ObjectMetaBuilder().withName(name).withNamespace(d.subject.namespace()).withLabels(labels).build();
  }

  /** Labels of every object of a plan. */
  static Map<String, String> planLabels(Draft d) {
    Map<String, String> m = new LinkedHashMap<>();
    m.put(PART_OF, d.subject.label());
    m.put(MANAGED_BY, "kubelift");
    return m;
  }

  /** Labels of a VM's objects and of its template, which Services select. */
  static Map<String, String> vmLabels(Draft d, VmTarget vm) {
    Map<String, String> m = new LinkedHashMap<>();
    m.put(PART_OF, d.subject.label());
    if (vm.component() != null) {
      m.put(COMPONENT, vm.component());
    }
    m.put(VM, vm.name());
    return m;
  }
}
