package io.kubelift.report;

import static io.kubelift.rubric.ClusterFactNames.NODES_CPUS;
import static io.kubelift.rubric.ClusterFactNames.NODES_MEMORY;

import io.kubelift.assess.Assessment;
import io.kubelift.assess.CapacityFit;
import io.kubelift.assess.VmAssessment;
import io.kubelift.model.ClusterFacts;
import io.kubelift.model.Vm;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The capacity fit as the reports show it: demand against allocatable CPU and memory with shares, a verdict in
 * words, the VMs larger than the largest node with their sizes, and the VMs of unknown size. The arithmetic is
 * {@link CapacityFit}'s; this only words and formats it, so every report says the same as {@code assessment.json}.
 */
final class CapacityView {
  /** VMs of unknown size named at most; the rest are counted. */
  static final int MAX_NAMED = 20;
  /** What the fit leaves out, said wherever it is shown (see ADR 2). */
  static final String CAVEAT = "A first check, not a schedule: one vCPU counts as one allocatable CPU (no overcommit)"
      + " and guest memory as memory, times a workload's replicas; KubeVirt's per-VM overhead (the virt-launcher pod"
      + " and QEMU) is left out, and the allocatable capacity of the schedulable nodes is counted before the pods"
      + " already running on them.";

  private CapacityView() {}

  /**
   * One resource's line.
   *
   * @param resource {@code CPU} or {@code Memory}
   * @param demand what the VMs of known size ask for, with its unit
   * @param allocatable what the schedulable nodes offer, or {@code unknown}
   * @param share demand as a share of the allocatable ({@code 75 %}), or {@code null} when unknown
   * @param largestNode what the largest node offers, or {@code unknown}
   * @param over whether the demand exceeds the allocatable
   */
  public record Resource(String resource, String demand, String allocatable, String share, String largestNode,
      boolean over) {}

  /**
   * A VM no node can hold.
   *
   * @param name its name
   * @param at where it was read, when another VM has the same name (so the report's link opens this one), else
   *     {@code null}
   * @param size its vCPUs and memory
   * @param exceeds what it needs more of than the largest node has: {@code CPU}, {@code memory} or both
   */
  public record Oversized(String name, String at, String size, String exceeds) {}

  /** The fit of the assessed VMs on the assessment's cluster, for the templates. */
  static Map<String, Object> of(Assessment a) {
    CapacityFit f = CapacityFit.of(a);
    Map<String, Object> m = new LinkedHashMap<>();
    String verdict = verdict(f);
    m.put("verdict", verdict);
    m.put("reason", "unknown".equals(verdict) ? unknownReason(a.cluster(), f) : null);
    m.put("headline", headline(verdict, f));
    m.put("sentence", sentence(verdict, f, (String) m.get("reason")));
    m.put("caveat", CAVEAT);
    m.put("resources", List.of(
        new Resource("CPU", cpus(f.demandCpus()) + " vCPUs", cpusOrUnknown(f.allocatableCpus()),
            percent(f.cpuShare()), cpusOrUnknown(f.largestNodeCpus()), over(f.demandCpus(), f.allocatableCpus())),
        new Resource("Memory", gib(f.demandMemoryMiB()), gibOrUnknown(f.allocatableMemoryMiB()),
            percent(f.memoryShare()), gibOrUnknown(f.largestNodeMemoryMiB()),
            over(f.demandMemoryMiB(), f.allocatableMemoryMiB()))));
    m.put("vms", f.vms());
    m.put("sized", f.vms() - f.unsized().size());
    String largest = f.largestNodeCpus() == null || f.largestNodeMemoryMiB() == null ? null
        : cpus(f.largestNodeCpus()) + " CPUs, " + gib(f.largestNodeMemoryMiB());
    m.put("nodeSentence", nodeSentence(f.tooLarge().size(), largest));
    m.put("oversized", oversized(a, f));
    m.put("unsizedSentence", unsizedSentence(f));
    return m;
  }

  /** {@code fits}, {@code does not fit} or {@code unknown}: of the total demand, whatever single VMs need. */
  private static String verdict(CapacityFit f) {
    return f.fits() == null ? "unknown" : f.fits() ? "fits" : "does not fit";
  }

  /** The verdict in a few words for the executive summary, naming the VMs no node can hold. */
  private static String headline(String verdict, CapacityFit f) {
    String total = "unknown".equals(verdict) ? "capacity fit unknown" : "capacity " + verdict;
    int big = f.tooLarge().size();
    return big == 0 ? total : total + "; " + big + (big == 1 ? " VM is" : " VMs are") + " larger than the largest node";
  }

  /** The verdict as the section's first sentence. */
  private static String sentence(String verdict, CapacityFit f, String reason) {
    switch (verdict) {
      case "fits":
        return "The total demand of the " + f.vms() + " VMs fits the allocatable capacity.";
      case "does not fit":
        return "The total demand exceeds the allocatable capacity: the VMs do not fit.";
      default:
        return "Whether the VMs fit cannot be told: " + reason + ".";
    }
  }

  /** What the largest node says: which VMs it cannot hold (listed after), or that it holds each. */
  private static String nodeSentence(int tooLarge, String largest) {
    String node = "the largest node" + (largest == null ? "" : " (" + largest + ")");
    if (tooLarge == 0) {
      return largest == null ? "The size of the largest node is unknown, so no VM was checked against it."
          : "Every VM of known size fits on " + node + ".";
    }
    return tooLarge == 1 ? "1 VM needs more than " + node + " offers and cannot be scheduled as it is:"
        : tooLarge + " VMs need more than " + node + " offers and cannot be scheduled as they are:";
  }

  /** The VMs the fit could not add up, named up to {@link #MAX_NAMED}; {@code null} when there are none. */
  private static String unsizedSentence(CapacityFit f) {
    List<String> names = f.unsized();
    if (names.isEmpty()) {
      return null;
    }
    StringBuilder sb = new StringBuilder().append(names.size()).append(" of ").append(f.vms())
        .append(names.size() == 1 ? " VMs has no known CPU or memory size and is" : " VMs have no known CPU or memory"
            + " size and are").append(" not counted: ");
    sb.append(String.join(", ", names.stream().limit(MAX_NAMED).map(Text::clean).toList()));
    if (names.size() > MAX_NAMED) {
      sb.append(" and ").append(names.size() - MAX_NAMED).append(" more");
    }
    return sb.append('.').toString();
  }

  /** Why the fit cannot be told: the nodes could not be read, or some VMs have no size. */
  private static String unknownReason(ClusterFacts c, CapacityFit f) {
    if (f.allocatableCpus() == null || f.allocatableMemoryMiB() == null) {
      String why = c.unknownReasons().getOrDefault(NODES_CPUS, c.unknownReasons().get(NODES_MEMORY));
      return "the allocatable capacity is unknown"
          + (why == null ? ", as the source does not state it" : " — " + Text.clean(why));
    }
    int n = f.unsized().size();
    return n + (n == 1 ? " VM has" : " VMs have") + " no known CPU or memory size, and the sized ones fit";
  }

  /** The VMs {@link CapacityFit#tooLarge()} names, each once, even where two of them share a name. */
  private static List<Oversized> oversized(Assessment a, CapacityFit f) {
    Map<String, Integer> named = new HashMap<>();
    a.vms().forEach(v -> named.merge(Text.clean(v.vm().name()), 1, Integer::sum));
    List<Oversized> out = new ArrayList<>();
    for (VmAssessment v : a.vms()) {
      Vm vm = v.vm();
      boolean cpu = vm.cpus() != null && f.largestNodeCpus() != null && vm.cpus() > f.largestNodeCpus();
      boolean memory = vm.memoryMiB() != null && f.largestNodeMemoryMiB() != null
          && vm.memoryMiB() > f.largestNodeMemoryMiB();
      if (vm.cpus() != null && vm.memoryMiB() != null && (cpu || memory)) {
        String name = Text.clean(vm.name());
        out.add(new Oversized(name, named.get(name) > 1 ? Text.clean(String.valueOf(vm.source())) : null,
            vm.cpus() + " vCPUs, " + gib(vm.memoryMiB()), cpu && memory ? "CPU and memory" : cpu ? "CPU" : "memory"));
      }
    }
    return out;
  }

  private static boolean over(double demand, Double capacity) {
    return capacity != null && demand > capacity;
  }

  static String cpus(double n) {
    return Labels.number(n);
  }

  private static String cpusOrUnknown(Double n) {
    return n == null ? "unknown" : cpus(n) + " CPUs";
  }

  static String gib(double mib) {
    return Labels.number(mib / 1024) + " GiB";
  }

  private static String gibOrUnknown(Double mib) {
    return mib == null ? "unknown" : gib(mib);
  }

  /** A share as a whole percentage; {@code null} stays {@code null}. */
  static String percent(Double share) {
    return share == null ? null : Math.round(share * 100) + " %";
  }
}
