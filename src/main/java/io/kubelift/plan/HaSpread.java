package io.kubelift.plan;

import io.kubelift.model.Application;
import io.kubelift.rubric.ClusterFactNames;
import java.util.List;
import java.util.Map;

/**
 * Keeps what must not fail together apart: the members of an HA application on different nodes (required pod
 * anti-affinity), and the replicas of a scalable tier spread where the scheduler can (preferred). Two HA members
 * on one node would turn a node failure into an outage, which is exactly what the source design avoided by
 * running them on different hypervisors.
 */
final class HaSpread {
  private static final String HOSTNAME = "kubernetes.io/hostname";

  private HaSpread() {}

  /** Whether the subject is an HA application whose members must run on different nodes. */
  static boolean separatesMembers(Draft d) {
    Application a = d.subject.application();
    return a != null && a.pattern() != null && !"none".equals(a.pattern()) && d.vms.size() >= 2;
  }

  /** The VMI template's affinity for this VM, or {@code null} when it needs none. */
  static Map<String, Object> affinity(Draft d, VmTarget vm) {
    if (separatesMembers(d)) {
      return Obj.of("podAntiAffinity", Obj.of("requiredDuringSchedulingIgnoredDuringExecution",
          List.of(term(Resources.PART_OF, d.subject.label()))));
    }
    if (vm.replicaSet()) {
      return Obj.of("podAntiAffinity", Obj.of("preferredDuringSchedulingIgnoredDuringExecution",
          List.of(Obj.of("weight", 100, "podAffinityTerm", term(Resources.VM, vm.name())))));
    }
    return null;
  }

  /** Records the spread and, where the cluster's node count is known, whether the target can honour it. */
  static void note(Draft d) {
    if (!separatesMembers(d)) {
      return;
    }
    int members = d.vms.size();
    d.note("The %s members of %s (pattern %s) must run on different nodes, as on the source's hypervisors: "
        + "their templates carry a required pod anti-affinity on %s, so the target needs at least %s "
        + "schedulable nodes with KVM.", members, d.subject.name(), d.subject.application().pattern(), HOSTNAME,
        members);
    Object kvmNodes = d.cluster.given() ? d.cluster.text(ClusterFactNames.NODES_KVM) : null;
    if (kvmNodes != null && parse(kvmNodes.toString()) < members) {
      d.note("The target has %s schedulable node(s) with KVM, fewer than %s: the members beyond that stay "
          + "Pending until nodes are added.", kvmNodes, members);
    }
  }

  private static Map<String, Object> term(String label, String value) {
    return Obj.of("labelSelector", Obj.of("matchLabels", Obj.of(label, value)), "topologyKey", HOSTNAME);
  }

  private static double parse(String number) {
    try {
      return Double.parseDouble(number);
    } catch (NumberFormatException e) {
      return Double.MAX_VALUE; // not a count: say nothing rather than guess
    }
  }
}
