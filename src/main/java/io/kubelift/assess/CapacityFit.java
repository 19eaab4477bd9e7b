package io.kubelift.assess;

import static io.kubelift.rubric.ClusterFactNames.NODES_CPUS;
import static io.kubelift.rubric.ClusterFactNames.NODES_MAX_CPUS;
import static io.kubelift.rubric.ClusterFactNames.NODES_MAX_MEMORY;
import static io.kubelift.rubric.ClusterFactNames.NODES_MEMORY;

import io.kubelift.model.ClusterFacts;
import io.kubelift.model.Vm;
import java.util.ArrayList;
import java.util.List;

/**
 * Whether the assessed VMs fit the target: their CPU and memory demand against the allocatable capacity of the
 * schedulable nodes, and each VM against the largest node. Demand is vCPUs and guest memory as inventoried, times
 * the replicas a workload wants; it counts one vCPU as one allocatable CPU (no overcommit) and leaves out KubeVirt's
 * per-VM overhead, so a fit is a first check, not a guarantee. Three-valued like everything else: where capacity or
 * a VM's size is unknown, {@code fits} is {@code null} unless the known part already exceeds the capacity.
 *
 * @param vms VMs assessed
 * @param demandCpus vCPUs of the VMs whose size is known
 * @param demandMemoryMiB memory of the VMs whose size is known, MiB
 * @param unsized VMs whose CPUs or memory are unknown
 * @param allocatableCpus allocatable CPUs of the schedulable nodes, {@code null} when unknown
 * @param allocatableMemoryMiB allocatable memory of the schedulable nodes, MiB, {@code null} when unknown
 * @param largestNodeCpus allocatable CPUs of the largest node, {@code null} when unknown
 * @param largestNodeMemoryMiB allocatable memory of the largest node, MiB, {@code null} when unknown
 * @param fits whether the demand fits the capacity; {@code null} when that cannot be told
 * @param tooLarge VMs that need more CPUs or memory than the largest node offers
 */
public record CapacityFit(
    int vms,
    double demandCpus,
    long demandMemoryMiB,
    List<String> unsized,
    Double allocatableCpus,
    Double allocatableMemoryMiB,
    Double largestNodeCpus,
    Double largestNodeMemoryMiB,
    Boolean fits,
    List<String> tooLarge) {
  public CapacityFit {
    unsized = List.copyOf(unsized);
    tooLarge = List.copyOf(tooLarge);
  }

  /** The fit of an assessment's VMs on its cluster. */
  public static CapacityFit of(Assessment a) {
    ClusterFacts c = a.cluster();
    Double cpus = number(c, NODES_CPUS);
    Double memory = number(c, NODES_MEMORY);
    Double maxCpus = number(c, NODES_MAX_CPUS);
    Double maxMemory = number(c, NODES_MAX_MEMORY);
    double demandCpus = 0;
    long demandMemory = 0;
    List<String> unsized = new ArrayList<>();
    List<String> tooLarge = new ArrayList<>();
    for (VmAssessment va : a.vms()) {
      Vm vm = va.vm();
      if (vm.cpus() == null || vm.memoryMiB() == null) {
        unsized.add(vm.name());
        continue;
      }
      int copies = vm.workload() != null && vm.workload().replicas() != null && vm.workload().replicas() > 1
          ? vm.workload().replicas() : 1;
      demandCpus += (double) vm.cpus() * copies;
      demandMemory += vm.memoryMiB() * copies;
      if (maxCpus != null && vm.cpus() > maxCpus || maxMemory != null && vm.memoryMiB() > maxMemory) {
        tooLarge.add(vm.name());
      }
    }
    Boolean fits = null;
    if (cpus != null && memory != null) {
      boolean exceeds = demandCpus > cpus || demandMemory > memory;
      fits = exceeds ? Boolean.FALSE : unsized.isEmpty() ? Boolean.TRUE : null;
    }
    return new CapacityFit(a.vms().size(), demandCpus, demandMemory, unsized, cpus, memory, maxCpus, maxMemory,
        fits, tooLarge);
  }

  /** Demanded share of the allocatable CPUs, two decimals; {@code null} when capacity is unknown or zero. */
  public Double cpuShare() {
    return share(demandCpus, allocatableCpus);
  }

  /** Demanded share of the allocatable memory, two decimals; {@code null} when capacity is unknown or zero. */
  public Double memoryShare() {
    return share(demandMemoryMiB, allocatableMemoryMiB);
  }

  private static Double share(double demand, Double capacity) {
    return capacity == null || capacity <= 0 ? null : Aggregation.round(demand / capacity);
  }

  private static Double number(ClusterFacts c, String name) {
    Object v = c.get(name);
    return v instanceof Number ? ((Number) v).doubleValue() : null;
  }
}
