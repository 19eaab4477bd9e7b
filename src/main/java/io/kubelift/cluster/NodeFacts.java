package io.kubelift.cluster;

import static io.kubelift.rubric.ClusterFactNames.DEDICATED_CPUS;
import static io.kubelift.rubric.ClusterFactNames.HUGEPAGES;
import static io.kubelift.rubric.ClusterFactNames.NODES;
import static io.kubelift.rubric.ClusterFactNames.NODES_ARCHITECTURES;
import static io.kubelift.rubric.ClusterFactNames.NODES_CPUS;
import static io.kubelift.rubric.ClusterFactNames.NODES_HUGEPAGE_SIZES;
import static io.kubelift.rubric.ClusterFactNames.NODES_KERNELS;
import static io.kubelift.rubric.ClusterFactNames.NODES_KVM;
import static io.kubelift.rubric.ClusterFactNames.NODES_MAX_CPUS;
import static io.kubelift.rubric.ClusterFactNames.NODES_MAX_MEMORY;
import static io.kubelift.rubric.ClusterFactNames.NODES_MEMORY;
import static io.kubelift.rubric.ClusterFactNames.NODES_OS_IMAGES;
import static io.kubelift.rubric.ClusterFactNames.NODES_ROLES;
import static io.kubelift.rubric.ClusterFactNames.NODES_UNSCHEDULABLE;

import io.fabric8.kubernetes.api.model.Node;
import io.fabric8.kubernetes.api.model.NodeSystemInfo;
import io.fabric8.kubernetes.api.model.Quantity;
import io.fabric8.kubernetes.api.model.Taint;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * Node facts: how many nodes take VMs, their allocatable capacity (total and largest), hugepages, KVM, CPU manager
 * policy, roles, architectures, kernels and OS images.
 */
final class NodeFacts {
  static final String KVM = "devices.kubevirt.io/kvm";
  /** KubeVirt's node labeller sets this to true on nodes whose kubelet runs the static CPU manager policy. */
  static final String CPU_MANAGER_LABEL = "cpumanager";
  private static final String ROLE_PREFIX = "node-role.kubernetes.io/";
  private static final BigDecimal MIB = BigDecimal.valueOf(1024L * 1024);

  private int schedulable;
  private int unschedulable;
  private int kvm;
  private double cpus;
  private double maxCpus;
  private long memoryMiB;
  private long maxMemoryMiB;
  private final TreeSet<String> hugepageSizes = new TreeSet<>();
  private final TreeSet<String> roles = new TreeSet<>();
  private final TreeSet<String> architectures = new TreeSet<>();
  private final TreeSet<String> kernels = new TreeSet<>();
  private final TreeSet<String> osImages = new TreeSet<>();
  private final TreeSet<String> cpuManager = new TreeSet<>();

  private NodeFacts() {}

  static void read(Read<List<Node>> nodes, FactSheet sheet) {
    if (!nodes.known()) {
      sheet.unknown(nodes.reason(), NODES, NODES_UNSCHEDULABLE, NODES_KVM, NODES_CPUS, NODES_MEMORY, NODES_MAX_CPUS,
          NODES_MAX_MEMORY, NODES_HUGEPAGE_SIZES, NODES_ROLES, NODES_ARCHITECTURES, NODES_KERNELS, NODES_OS_IMAGES,
          HUGEPAGES, DEDICATED_CPUS);
      return;
    }
    NodeFacts f = new NodeFacts();
    for (Node n : nodes.value()) {
      f.add(n);
    }
    f.put(sheet);
  }

  private void add(Node n) {
    Map<String, String> labels = n.getMetadata().getLabels() == null ? Map.of() : n.getMetadata().getLabels();
    labels.keySet().stream().filter(k -> k.startsWith(ROLE_PREFIX))
        .forEach(k -> roles.add(k.substring(ROLE_PREFIX.length())));
    if (labels.containsKey(CPU_MANAGER_LABEL)) {
      cpuManager.add(labels.get(CPU_MANAGER_LABEL));
    }
    NodeSystemInfo info = n.getStatus() == null ? null : n.getStatus().getNodeInfo();
    if (info != null) {
      addIfPresent(architectures, info.getArchitecture());
      addIfPresent(kernels, info.getKernelVersion());
      addIfPresent(osImages, info.getOsImage());
    }
    if (!schedulable(n)) {
      unschedulable++;
      return;
    }
    schedulable++;
    Map<String, Quantity> alloc = n.getStatus() == null || n.getStatus().getAllocatable() == null
        ? Map.of() : n.getStatus().getAllocatable();
    double c = amount(alloc.get("cpu")).doubleValue();
    long m = amount(alloc.get("memory")).divideToIntegralValue(MIB).longValue();
    cpus += c;
    memoryMiB += m;
    maxCpus = Math.max(maxCpus, c);
    maxMemoryMiB = Math.max(maxMemoryMiB, m);
    kvm += amount(alloc.get(KVM)).signum() > 0 ? 1 : 0;
    alloc.forEach((k, q) -> {
      if (k.startsWith("hugepages-") && amount(q).signum() > 0) {
        hugepageSizes.add(k.substring("hugepages-".length()));
      }
    });
  }

  private void put(FactSheet s) {
    s.put(NODES, schedulable).put(NODES_UNSCHEDULABLE, unschedulable).put(NODES_KVM, kvm)
        .put(NODES_CPUS, cpus).put(NODES_MEMORY, memoryMiB).put(NODES_MAX_CPUS, maxCpus)
        .put(NODES_MAX_MEMORY, maxMemoryMiB).put(NODES_HUGEPAGE_SIZES, hugepageSizes).put(NODES_ROLES, roles)
        .put(NODES_ARCHITECTURES, architectures).put(NODES_KERNELS, kernels).put(NODES_OS_IMAGES, osImages)
        .put(HUGEPAGES, !hugepageSizes.isEmpty());
    if (cpuManager.contains("true")) {
      s.put(DEDICATED_CPUS, true);
    } else if (cpuManager.contains("false")) {
      s.put(DEDICATED_CPUS, false);
    } else {
      s.unknown("no node carries KubeVirt's '" + CPU_MANAGER_LABEL + "' label that tells the CPU manager policy",
          DEDICATED_CPUS);
    }
  }

  /** Takes new VMs: not cordoned, and no taint that keeps pods without a matching toleration away. */
  static boolean schedulable(Node n) {
    if (n.getSpec() == null) {
      return true;
    }
    if (Boolean.TRUE.equals(n.getSpec().getUnschedulable())) {
      return false;
    }
    for (Taint t : n.getSpec().getTaints() == null ? List.<Taint>of() : n.getSpec().getTaints()) {
      if ("NoSchedule".equals(t.getEffect()) || "NoExecute".equals(t.getEffect())) {
        return false;
      }
    }
    return true;
  }

  /** The API server validates quantities, so one that does not parse here counts as none rather than failing. */
  private static BigDecimal amount(Quantity q) {
    try {
      return q == null ? BigDecimal.ZERO : Quantity.getAmountInBytes(q);
    } catch (IllegalArgumentException | ArithmeticException e) {
      return BigDecimal.ZERO;
    }
  }

  private static void addIfPresent(TreeSet<String> set, String value) {
    if (value != null && !value.isBlank()) {
      set.add(value);
    }
  }
}
