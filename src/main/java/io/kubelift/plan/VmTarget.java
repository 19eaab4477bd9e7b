package io.kubelift.plan;

import io.kubelift.assess.VmAssessment;
import io.kubelift.model.Vm;
import java.util.List;

/**
 * Every decision the plan takes for one VM, before any manifest is built.
 *
 * @param assessment the VM's assessment
 * @param name its Kubernetes name
 * @param component the sanitised role (label value), or {@code null}
 * @param replicaSet whether it becomes a VirtualMachineInstanceReplicaSet
 * @param replicas the replicas of the replica set, else 1
 * @param runStrategy the VirtualMachine's run strategy (not used by replica sets)
 * @param disks its disks, in source order
 * @param nics its interfaces, in source order, an added pod-network interface last
 * @param placement hugepages and dedicated CPUs, where the source needed them
 */
record VmTarget(
    VmAssessment assessment,
    String name,
    String component,
    boolean replicaSet,
    int replicas,
    String runStrategy,
    List<DiskTarget> disks,
    List<NicTarget> nics,
    HostPlacement placement) {
  VmTarget {
    disks = List.copyOf(disks);
    nics = List.copyOf(nics);
  }

  Vm vm() {
    return assessment.vm();
  }

  boolean containerDisks() {
    return disks.stream().anyMatch(d -> d.kind() == DiskTarget.Kind.CONTAINER_DISK);
  }
}
