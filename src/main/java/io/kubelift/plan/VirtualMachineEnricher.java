package io.kubelift.plan;

import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.ObjectMeta;
import io.fabric8.kubernetes.api.model.SecretBuilder;
import io.kubelift.model.Vm;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Each VM as a {@code VirtualMachine} with its run strategy, or a {@code VirtualMachineInstanceReplicaSet} for a
 * scalable stateless tier; the template carries the labels Services select, the probes and the cloud-init disk
 * (inline, or from a Secret when larger than KubeVirt accepts inline). The object records the inventory line it
 * came from and the static addresses the guest keeps.
 */
final class VirtualMachineEnricher implements Enricher {
  static final String API_VERSION = "kubevirt.io/v1";
  static final String VM_KIND = "VirtualMachine";
  static final String REPLICA_SET_KIND = "VirtualMachineInstanceReplicaSet";
  static final String SOURCE = "kubelift.io/source";
  static final String STATIC_ADDRESSES = "kubelift.io/static-addresses";
  private static final com.fasterxml.jackson.databind.ObjectMapper JSON =
      new com.fasterxml.jackson.databind.ObjectMapper();

  @Override
  public void enrich(Draft d) {
    HaSpread.note(d);
    for (VmTarget vm : d.vms) {
      Map<String, Object> spec = new VmiSpec(d, vm).build(cloudInit(d, vm));
      addProbes(d, vm, spec);
      Map<String, Object> affinity = HaSpread.affinity(d, vm);
      if (affinity != null) {
        spec.put("affinity", affinity);
      }
      Map<String, Object> template = Obj.of("metadata", Obj.of("labels", Resources.vmLabels(d, vm)), "spec", spec);
      d.add(d.vmFile(vm), vm.replicaSet() ? replicaSet(d, vm, template) : virtualMachine(d, vm, template));
    }
  }

  private static HasMetadata virtualMachine(Draft d, VmTarget vm, Map<String, Object> template) {
    return Resources.generic(API_VERSION, VM_KIND, meta(d, vm),
        Obj.of("runStrategy", vm.runStrategy(), "template", template));
  }

  private static HasMetadata replicaSet(Draft d, VmTarget vm, Map<String, Object> template) {
    Map<String, String> selector = new LinkedHashMap<>();
    selector.put(Resources.PART_OF, d.subject.label());
    selector.put(Resources.VM, vm.name());
    return Resources.generic(API_VERSION, REPLICA_SET_KIND, meta(d, vm), Obj.of("replicas", vm.replicas(),
        "selector", Obj.of("matchLabels", selector), "template", template));
  }

  private static ObjectMeta meta(Draft d, VmTarget vm) {
    ObjectMeta m = Resources.meta(d, vm.name(), Resources.vmLabels(d, vm));
    Map<String, String> annotations = new LinkedHashMap<>();
    annotations.put(SOURCE, String.valueOf(vm.vm().source()));
    Map<String, List<String>> kept = new LinkedHashMap<>();
    vm.nics().stream().filter(n -> !n.staticAddresses().isEmpty())
        .forEach(n -> kept.put(n.name(), n.staticAddresses()));
    if (!kept.isEmpty()) {
      annotations.put(STATIC_ADDRESSES, json(kept));
    }
    m.setAnnotations(annotations);
    return m;
  }

  private static String json(Object o) {
    try {
      return JSON.writeValueAsString(o);
    } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }

  private static Map<String, Object> cloudInit(Draft d, VmTarget vm) {
    Vm v = vm.vm();
    String userData = CloudInit.userData(v.workload() == null ? null : v.workload().config());
    if (userData == null) {
      return null;
    }
    d.note("%s: its %s configuration file(s) are written by cloud-init (NoCloud) at first boot; the guest needs "
        + "cloud-init installed, and should keep its own network configuration (disable cloud-init's).",
        v.name(), v.workload().config().size());
    if (CloudInit.fitsInline(userData)) {
      return Obj.of("userData", userData);
    }
    String secret = vm.name() + "-cloudinit";
    d.add(d.vmFile(vm), new SecretBuilder().withMetadata(Resources.meta(d, secret, Resources.vmLabels(d, vm)))
        .addToStringData("userdata", userData).build());
    return Obj.of("secretRef", Obj.of("name", secret));
  }

  private static void addProbes(Draft d, VmTarget vm, Map<String, Object> spec) {
    Vm v = vm.vm();
    Map<String, Object> action = Probes.action(v.workload() == null ? null : v.workload().healthCheck());
    if (action == null) {
      if (v.workload() != null && v.workload().healthCheck() != null
          && Boolean.TRUE.equals(v.workload().healthCheck().available())) {
        d.note("%s: its %s health check cannot become a probe without a command or port; add one by hand.",
            v.name(), v.workload().healthCheck().type());
      }
      return;
    }
    spec.put("readinessProbe", Probes.readiness(action));
    if (vm.replicaSet() || !"Manual".equals(vm.runStrategy())) {
      spec.put("livenessProbe", Probes.liveness(action));
    }
  }
}
