package io.kubelift.plan;

import static org.assertj.core.api.Assertions.assertThat;

import io.fabric8.kubernetes.api.model.GenericKubernetesResource;
import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.Service;
import io.fabric8.kubernetes.api.model.apiextensions.v1.CustomResourceDefinition;
import io.fabric8.kubernetes.api.model.apiextensions.v1.CustomResourceDefinitionBuilder;
import io.fabric8.kubernetes.api.model.rbac.Role;
import io.fabric8.kubernetes.api.model.rbac.RoleBinding;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.dsl.NonDeletingOperation;
import io.fabric8.kubernetes.client.dsl.base.ResourceDefinitionContext;
import io.fabric8.kubernetes.client.server.mock.EnableKubernetesMockClient;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Applies every generated object to fabric8's mock API server in CRUD mode, reads everything back, and checks that
 * the objects fit together: each Service selects at least one VM template, each VM's Multus networks name an
 * existing NetworkAttachmentDefinition and its DataVolumes existing DataVolumes, a DataVolume several VMs use is a
 * ReadWriteMany Block volume every one of them marks shareable, and the fencing Role and RoleBinding name what
 * exists.
 */
@EnableKubernetesMockClient(crud = true)
class MockClusterTest {
  static KubernetesClient client;
  private static final ResourceDefinitionContext VM = context("kubevirt.io", "v1", "VirtualMachine");
  private static final ResourceDefinitionContext VMIRS =
      context("kubevirt.io", "v1", "VirtualMachineInstanceReplicaSet");
  private static final ResourceDefinitionContext DV = context("cdi.kubevirt.io", "v1beta1", "DataVolume");
  private static final ResourceDefinitionContext NAD =
      context("k8s.cni.cncf.io", "v1", "NetworkAttachmentDefinition");

  @BeforeAll
  static void crds() {
    for (ResourceDefinitionContext c : List.of(VM, VMIRS, DV, NAD)) {
      // createOr: on a loaded machine the client retries a POST that timed out but was applied, and gets a 409
      client.apiextensions().v1().customResourceDefinitions().resource(crd(c))
          .createOr(NonDeletingOperation::update);
    }
  }

  static Stream<Arguments> plans() {
    List<Arguments> out = new ArrayList<>();
    for (SeedPlans.Variant v : SeedPlans.variants()) {
      v.plan().plans().stream().filter(p -> !p.blocked()).forEach(p -> out.add(Arguments.of(v + " " + p.dir(), p)));
    }
    return out.stream();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("plans")
  void objects_apply_read_back_and_fit_together(String name, AppPlan plan) {
    String ns = "ns-" + DnsNames.hash(plan.toString());
    for (HasMetadata o : plan.objects()) {
      // createOr for the same reason as above; a duplicate object would still show in the count below
      client.resource(o).inNamespace(o.getMetadata().getNamespace() == null ? ns : o.getMetadata().getNamespace())
          .createOr(NonDeletingOperation::update);
    }
    String target = plan.objects().stream().map(o -> o.getMetadata().getNamespace()).filter(n -> n != null)
        .findFirst().orElse(ns);
    List<GenericKubernetesResource> vms = new ArrayList<>(list(VM, target));
    vms.addAll(list(VMIRS, target));
    List<String> nads = list(NAD, target).stream().map(n -> n.getMetadata().getName()).toList();
    List<Service> services = client.services().inNamespace(target).list().getItems();
    List<GenericKubernetesResource> dvs = list(DV, target);
    List<Role> roles = client.rbac().roles().inNamespace(target).list().getItems();
    List<RoleBinding> bindings = client.rbac().roleBindings().inNamespace(target).list().getItems();
    List<String> accounts = client.serviceAccounts().inNamespace(target).list().getItems().stream()
        .map(a -> a.getMetadata().getName()).toList();
    long expected = plan.objects().stream().filter(o -> !o.getKind().equals("Namespace")).count();
    assertThat(vms.size() + nads.size() + services.size() + dvs.size() + roles.size() + bindings.size()
        + accounts.size() + client.secrets().inNamespace(target).list().getItems().size()).isEqualTo(expected);
    assertThat(vms).isNotEmpty();
    volumesFit(vms, dvs);
    fencingFits(vms, roles, bindings, accounts);
    for (Service s : services) {
      assertThat(vms).as("VMs selected by Service " + s.getMetadata().getName())
          .anyMatch(vm -> templateLabels(vm).entrySet().containsAll(s.getSpec().getSelector().entrySet()));
    }
    for (GenericKubernetesResource vm : vms) {
      assertThat(multusNetworks(vm)).as("attachments of " + vm.getMetadata().getName()).allMatch(nads::contains);
    }
  }

  /** Every DataVolume a VM names exists; one that several VMs name is RWX Block and shareable in each of them. */
  private static void volumesFit(List<GenericKubernetesResource> vms, List<GenericKubernetesResource> dvs) {
    Map<String, GenericKubernetesResource> byName = new TreeMap<>();
    dvs.forEach(dv -> byName.put(dv.getMetadata().getName(), dv));
    Map<String, List<Boolean>> shareable = new TreeMap<>();
    for (GenericKubernetesResource vm : vms) {
      List<Map<String, Object>> disks = vm.get("spec", "template", "spec", "domain", "devices", "disks");
      for (Map<String, Object> volume : volumesOf(vm)) {
        if (volume.get("dataVolume") instanceof Map<?, ?> ref) {
          assertThat(byName).as("DataVolumes of " + vm.getMetadata().getName()).containsKey((String) ref.get("name"));
          Object flag = disks.stream().filter(d -> volume.get("name").equals(d.get("name"))).findFirst()
              .orElseThrow().get("shareable");
          shareable.computeIfAbsent((String) ref.get("name"), k -> new ArrayList<>()).add(Boolean.TRUE.equals(flag));
        }
      }
    }
    shareable.forEach((dv, flags) -> {
      if (flags.size() > 1) {
        assertThat(flags).as("shareable in every VM using " + dv).containsOnly(true);
        List<String> access = byName.get(dv).get("spec", "pvc", "accessModes");
        String volumeMode = byName.get(dv).get("spec", "pvc", "volumeMode");
        assertThat(access).as(dv).containsExactly("ReadWriteMany");
        assertThat(volumeMode).as(dv).isEqualTo("Block");
      }
    });
  }

  /** The fencing RoleBinding binds an existing Role to an existing ServiceAccount; the Role names existing VMs. */
  private static void fencingFits(List<GenericKubernetesResource> vms, List<Role> roles, List<RoleBinding> bindings,
      List<String> accounts) {
    List<String> vmNames = vms.stream().map(v -> v.getMetadata().getName()).toList();
    List<String> roleNames = roles.stream().map(r -> r.getMetadata().getName()).toList();
    for (RoleBinding b : bindings) {
      assertThat(roleNames).contains(b.getRoleRef().getName());
      assertThat(b.getSubjects()).isNotEmpty().allMatch(sub -> accounts.contains(sub.getName()));
    }
    for (Role r : roles) {
      assertThat(r.getRules()).allMatch(rule -> rule.getResourceNames().isEmpty() && rule.getVerbs().equals(
          List.of("list")) || !rule.getResourceNames().isEmpty() && vmNames.containsAll(rule.getResourceNames()));
    }
  }

  private static List<Map<String, Object>> volumesOf(GenericKubernetesResource vm) {
    return vm.get("spec", "template", "spec", "volumes");
  }

  private static List<GenericKubernetesResource> list(ResourceDefinitionContext c, String ns) {
    return client.genericKubernetesResources(c).inNamespace(ns).list().getItems();
  }

  @SuppressWarnings("unchecked")
  private static Map<String, String> templateLabels(GenericKubernetesResource vm) {
    Map<String, Object> labels = vm.get("spec", "template", "metadata", "labels");
    return (Map<String, String>) (Map<?, ?>) labels;
  }

  @SuppressWarnings("unchecked")
  private static List<String> multusNetworks(GenericKubernetesResource vm) {
    List<Map<String, Object>> networks = vm.get("spec", "template", "spec", "networks");
    List<String> out = new ArrayList<>();
    for (Map<String, Object> n : networks) {
      if (n.containsKey("multus")) {
        out.add((String) ((Map<String, Object>) n.get("multus")).get("networkName"));
      }
    }
    return out;
  }

  private static ResourceDefinitionContext context(String group, String version, String kind) {
    return new ResourceDefinitionContext.Builder().withGroup(group).withVersion(version).withKind(kind)
        .withPlural(kind.toLowerCase(java.util.Locale.ROOT) + "s").withNamespaced(true).build();
  }

  private static CustomResourceDefinition crd(ResourceDefinitionContext c) {
    return new CustomResourceDefinitionBuilder().withNewMetadata().withName(c.getPlural() + "." + c.getGroup())
        .endMetadata().withNewSpec().withGroup(c.getGroup()).withScope("Namespaced")
        .withNewNames().withKind(c.getKind()).withPlural(c.getPlural()).endNames()
        .addNewVersion().withName(c.getVersion()).withServed(true).withStorage(true).endVersion()
        .endSpec().build();
  }
}
