package io.kubelift.plan;

import io.kubelift.model.HostNeeds;
import io.kubelift.model.Vm;
import io.kubelift.rubric.ClusterFactNames;
import java.util.ArrayList;
import java.util.List;

/**
 * Hugepages and dedicated CPUs, only for VMs whose source needed them, and the runbook's word on whether the target
 * offers them. A need the target is known to lack is left out of the spec, so that the VM runs (without the tuning)
 * rather than stay Pending; an unknown offer keeps the need and leaves a check. A hugepage size is requested only
 * when the target names the sizes its nodes offer: the inventory does not say which size the source used.
 *
 * @param hugepageSize the {@code memory.hugepages.pageSize} to request, or {@code null}
 * @param dedicatedCpus whether to request {@code cpu.dedicatedCpuPlacement}
 */
record HostPlacement(String hugepageSize, boolean dedicatedCpus) {
  static final HostPlacement NONE = new HostPlacement(null, false);

  /** Decides for one VM and notes the decision in the draft. */
  static HostPlacement of(Draft d, Vm vm) {
    HostNeeds needs = vm.kernel() == null ? null : vm.kernel().host();
    if (needs == null) {
      return NONE;
    }
    String size = Boolean.TRUE.equals(needs.hugepages()) ? hugepages(d, vm) : null;
    boolean cpus = Boolean.TRUE.equals(needs.dedicatedCpus()) && dedicatedCpus(d, vm);
    return new HostPlacement(size, cpus);
  }

  private static String hugepages(Draft d, Vm vm) {
    Boolean offered = d.cluster.flag(ClusterFactNames.HUGEPAGES);
    List<String> sizes = d.cluster.list(ClusterFactNames.NODES_HUGEPAGE_SIZES);
    if (Boolean.FALSE.equals(offered)) {
      d.note("%s: its memory was backed by hugepages, but no node of the target offers any; the spec leaves them "
          + "out so that it runs without. Reserve hugepages on some nodes and add `memory.hugepages.pageSize` to "
          + "restore them.", vm.name());
      return null;
    }
    List<String> fitting = fitting(sizes, vm.memoryMiB());
    if (!Boolean.TRUE.equals(offered) || fitting.isEmpty()) {
      String why = !Boolean.TRUE.equals(offered)
          ? "whether the target's nodes offer any is unknown: " + d.cluster.why(ClusterFactNames.HUGEPAGES)
          : sizes == null ? "which sizes they come in is unknown: "
              + d.cluster.why(ClusterFactNames.NODES_HUGEPAGE_SIZES)
          : "no size the target offers divides its memory: " + String.join(", ", sizes);
      d.note("%s: its memory was backed by hugepages, but %s; so the spec requests none. Add "
          + "`memory.hugepages.pageSize` (2Mi or 1Gi on x86-64, dividing the guest memory) once nodes reserve "
          + "them.", vm.name(), why);
      return null;
    }
    d.note("%s: its memory was backed by hugepages; the target's nodes offer %s, so it requests %s pages%s.",
        vm.name(), String.join(", ", sizes), fitting.get(0), fitting.size() > 1
            ? " (the smallest size that divides its memory; the inventory does not say which the source used)" : "");
    return fitting.get(0);
  }

  /** The offered sizes that divide the guest memory, smallest first; all of them when the memory is unknown. */
  private static List<String> fitting(List<String> sizes, Long memoryMiB) {
    List<String> out = new ArrayList<>();
    for (String size : sizes == null ? List.<String>of() : sizes) {
      Long mib = mebibytes(size);
      if (mib != null && (memoryMiB == null || memoryMiB % mib == 0)) {
        out.add(size);
      }
    }
    out.sort(java.util.Comparator.comparing(HostPlacement::mebibytes));
    return out;
  }

  /** {@code 2Mi} → 2, {@code 1Gi} → 1024; {@code null} for anything else. */
  static Long mebibytes(String size) {
    if (size == null || !size.matches("[1-9][0-9]{0,5}(Mi|Gi)")) {
      return null;
    }
    long n = Long.parseLong(size.substring(0, size.length() - 2));
    return size.endsWith("Gi") ? n * 1024 : n;
  }

  private static boolean dedicatedCpus(Draft d, Vm vm) {
    Boolean offered = d.cluster.flag(ClusterFactNames.DEDICATED_CPUS);
    if (Boolean.FALSE.equals(offered)) {
      d.note("%s: it ran on dedicated CPUs, but no node of the target runs the static CPU manager policy; the spec "
          + "leaves `dedicatedCpuPlacement` out so that it runs on shared CPUs. Add it once a node pool runs that "
          + "policy.", vm.name());
      return false;
    }
    if (Boolean.TRUE.equals(offered)) {
      d.note("%s: it ran on dedicated CPUs, so the spec sets `dedicatedCpuPlacement: true`; the target has nodes "
          + "with the static CPU manager policy.", vm.name());
    } else {
      d.note("%s: it ran on dedicated CPUs, so the spec sets `dedicatedCpuPlacement: true`; whether the target has "
          + "nodes with the static CPU manager policy is unknown (%s), and without one the VM stays Pending.",
          vm.name(), d.cluster.why(ClusterFactNames.DEDICATED_CPUS));
    }
    return true;
  }
}
