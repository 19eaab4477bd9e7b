package io.kubelift.plan;

import io.fabric8.kubernetes.api.model.ObjectMeta;
import io.fabric8.kubernetes.api.model.SecretBuilder;
import io.fabric8.kubernetes.api.model.ServiceAccountBuilder;
import io.fabric8.kubernetes.api.model.rbac.PolicyRule;
import io.fabric8.kubernetes.api.model.rbac.PolicyRuleBuilder;
import io.fabric8.kubernetes.api.model.rbac.RoleBindingBuilder;
import io.fabric8.kubernetes.api.model.rbac.RoleBuilder;
import io.kubelift.model.Application;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The identity a guest cluster fences its peers with, for applications whose HA design fences ({@code fencing.
 * required}) when a target cluster is known: a ServiceAccount, a long-lived token for it (a fence agent must not
 * lose its credentials when a short-lived token expires), and a Role that lets it do exactly what
 * {@code fence_kubevirt} does to this application's VMs: list VirtualMachines, read them and their instances, and
 * stop and start them. Without cluster facts nothing is generated: the findings list the fencing work, as before.
 */
final class FencingEnricher implements Enricher {
  static final String FILE = "40-fencing.yaml";
  static final String TOKEN_TYPE = "kubernetes.io/service-account-token";
  static final String SA_ANNOTATION = "kubernetes.io/service-account.name";

  @Override
  public void enrich(Draft d) {
    if (!applies(d)) {
      return;
    }
    String name = name(d);
    d.add(FILE, new ServiceAccountBuilder().withMetadata(Resources.meta(d, name, Resources.planLabels(d))).build());
    ObjectMeta token = Resources.meta(d, tokenName(d), Resources.planLabels(d));
    token.setAnnotations(new LinkedHashMap<>(Map.of(SA_ANNOTATION, name)));
    d.add(FILE, new SecretBuilder().withMetadata(token).withType(TOKEN_TYPE).build());
    d.add(FILE, new RoleBuilder().withMetadata(Resources.meta(d, name, Resources.planLabels(d)))
        .withRules(rules(d)).build());
    // an empty subject namespace means the binding's own, which keeps the plan free of a guessed namespace
    d.add(FILE, new RoleBindingBuilder().withMetadata(Resources.meta(d, name, Resources.planLabels(d)))
        .withNewRoleRef("rbac.authorization.k8s.io", "Role", name)
        .addNewSubject().withKind("ServiceAccount").withName(name).withNamespace(d.subject.namespace()).endSubject()
        .build());
  }

  /** Whether the plan fences: a target cluster is known and the application's HA design fences its members. */
  static boolean applies(Draft d) {
    Application app = d.subject.application();
    return d.cluster.given() && app != null && app.fencing() != null
        && Boolean.TRUE.equals(app.fencing().required()) && d.vms.stream().anyMatch(v -> !v.replicaSet());
  }

  static String name(Draft d) {
    return DnsNames.withSuffix(d.subject.label(), "-fencing");
  }

  static String tokenName(Draft d) {
    return DnsNames.withSuffix(d.subject.label(), "-fencing-token");
  }

  /** Rules naming the VMs; {@link #applies} makes sure there is one, as no names would mean every VM. */
  private static List<PolicyRule> rules(Draft d) {
    List<String> vms = new ArrayList<>();
    d.vms.stream().filter(v -> !v.replicaSet()).forEach(v -> vms.add(v.name()));
    return List.of(
        // fence_kubevirt's list and monitor actions list the namespace's VirtualMachines
        new PolicyRuleBuilder().withApiGroups("kubevirt.io").withResources("virtualmachines")
            .withVerbs("list").build(),
        new PolicyRuleBuilder().withApiGroups("kubevirt.io")
            .withResources("virtualmachines", "virtualmachineinstances").withResourceNames(vms).withVerbs("get")
            .build(),
        new PolicyRuleBuilder().withApiGroups("subresources.kubevirt.io")
            .withResources("virtualmachines/start", "virtualmachines/stop").withResourceNames(vms)
            .withVerbs("update").build());
  }
}
