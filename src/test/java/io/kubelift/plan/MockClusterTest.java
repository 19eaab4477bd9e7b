package io.kubelift.plan;

import static org.assertj.core.api.Assertions.assertThat;

import io.fabric8.kubernetes.api.model.GenericKubernetesResource;
import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.Service;
import io.fabric8.kubernetes.api.model.apiextensions.v1.CustomResourceDefinition;
import io.fabric8.kubernetes.api.model.apiextensions.v1.CustomResourceDefinitionBuilder;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.dsl.base.ResourceDefinitionContext;
import io.fabric8.kubernetes.client.server.mock.EnableKubernetesMockClient;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Applies every generated object to fabric8's mock API server in CRUD mode, reads everything back, and checks that
 * the objects fit together: each Service selects at least one VM template, and each VM's Multus networks name an
 * existing NetworkAttachmentDefinition.
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
      client.apiextensions().v1().customResourceDefinitions().resource(crd(c)).create();
    }
  }

  static Stream<AppPlan> plans() {
    List<AppPlan> out = new ArrayList<>();
    for (PlanOptions o : SeedPlans.variants()) {
      out.addAll(SeedPlans.plan(o).plans().stream().filter(p -> !p.blocked()).toList());
    }
    return out.stream();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("plans")
  void objects_apply_read_back_and_fit_together(AppPlan plan) {
    String ns = "ns-" + DnsNames.hash(plan.toString());
    for (HasMetadata o : plan.objects()) {
      client.resource(o).inNamespace(o.getMetadata().getNamespace() == null ? ns : o.getMetadata().getNamespace())
          .create();
    }
    String target = plan.objects().stream().map(o -> o.getMetadata().getNamespace()).filter(n -> n != null)
        .findFirst().orElse(ns);
    List<GenericKubernetesResource> vms = new ArrayList<>(list(VM, target));
    vms.addAll(list(VMIRS, target));
    List<String> nads = list(NAD, target).stream().map(n -> n.getMetadata().getName()).toList();
    List<Service> services = client.services().inNamespace(target).list().getItems();
    long expected = plan.objects().stream().filter(o -> !o.getKind().equals("Namespace")).count();
    assertThat(vms.size() + nads.size() + services.size() + list(DV, target).size()
        + client.secrets().inNamespace(target).list().getItems().size()).isEqualTo(expected);
    assertThat(vms).isNotEmpty();
    for (Service s : services) {
      assertThat(vms).as("VMs selected by Service " + s.getMetadata().getName())
          .anyMatch(vm -> templateLabels(vm).entrySet().containsAll(s.getSpec().getSelector().entrySet()));
    }
    for (GenericKubernetesResource vm : vms) {
      assertThat(multusNetworks(vm)).as("attachments of " + vm.getMetadata().getName()).allMatch(nads::contains);
    }
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
