package io.kubelift.plan;

import io.kubelift.assess.VmAssessment;
import io.kubelift.model.Disk;
import io.kubelift.model.Vm;
import io.kubelift.model.Workload;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Takes every per-VM decision of a plan: names, shape, run strategy, disks and interfaces. */
final class TargetPlanner {
  private TargetPlanner() {}

  static void decide(Draft draft) {
    List<VmAssessment> members = draft.subject.members();
    Map<String, String> vmNames = DnsNames.unique(rawNames(members));
    DiskPlanner disks = new DiskPlanner(draft, DnsNames.unique(diskNames(members)));
    NetworkPlanner networks = new NetworkPlanner(draft);
    List<Vm> vms = new ArrayList<>();
    members.forEach(a -> vms.add(a.vm()));
    networks.collect(vms);
    for (VmAssessment a : members) {
      Vm vm = a.vm();
      boolean replicaSet = replicaSet(draft, vm);
      String component = vm.role() == null || DnsNames.sanitise(vm.role()).isEmpty()
          ? null : DnsNames.sanitise(vm.role());
      draft.vms.add(new VmTarget(a, vmNames.get(key(a)), component, replicaSet,
          replicaSet ? vm.workload().replicas() : 1, runStrategy(draft, vm), disks.plan(a, key(a)),
          networks.nics(vm, replicaSet), HostPlacement.of(draft, vm)));
      HostBoundNotes.note(draft, vm);
    }
    disks.finish(draft.vms);
  }

  /** A VM's identity within a plan: two records of the same name from different files stay apart. */
  static String key(VmAssessment a) {
    return a.vm().name() + "\u0000" + a.vm().source();
  }

  private static Map<String, String> rawNames(List<VmAssessment> members) {
    Map<String, String> out = new LinkedHashMap<>();
    members.forEach(a -> out.put(key(a), a.vm().name()));
    return out;
  }

  private static Map<String, String> diskNames(List<VmAssessment> members) {
    Map<String, String> out = new LinkedHashMap<>();
    for (VmAssessment a : members) {
      List<Disk> disks = a.vm().disks() == null ? List.of() : a.vm().disks();
      for (int i = 0; i < disks.size(); i++) {
        out.putIfAbsent(DiskPlanner.diskId(key(a), i, disks.get(i)), DiskPlanner.rawName(a.vm(), i, disks.get(i)));
      }
    }
    return out;
  }

  /** A stateless tier with several replicas that may be re-created becomes a VM replica set. */
  private static boolean replicaSet(Draft draft, Vm vm) {
    Workload w = vm.workload();
    if (w == null || w.replicas() == null || w.replicas() <= 1) {
      return false;
    }
    if (!Boolean.FALSE.equals(w.stateful())) {
      draft.note("%s: %s replicas wanted, but it is not known to be stateless; the plan creates this one "
          + "VM. Add a VirtualMachinePool with a DataVolume per VM once the application replicates.",
          vm.name(), w.replicas());
      return false;
    }
    if ("forbidden".equals(w.autoRecreate())) {
      draft.note("%s: %s replicas wanted, but it must not be re-created automatically, which a replica set "
          + "always does; the plan creates this one VM.", vm.name(), w.replicas());
      return false;
    }
    return true;
  }

  /**
   * No automatic re-creation: Manual. Re-creation wanted: Always for stateless VMs; RerunOnFailure for stateful
   * ones, so that a deliberate shutdown inside the guest (a DBA stopping the database host) is respected.
   * Unknown: Manual, the conservative choice, noted for the operator.
   */
  static String runStrategy(Draft draft, Vm vm) {
    String policy = vm.workload() == null ? null : vm.workload().autoRecreate();
    if ("forbidden".equals(policy)) {
      return "Manual";
    }
    if ("wanted".equals(policy)) {
      return Boolean.TRUE.equals(vm.workload().stateful()) ? "RerunOnFailure" : "Always";
    }
    draft.note("%s: whether it may be re-created automatically is unknown (%s); runStrategy Manual is chosen, "
        + "so an operator starts it with `virtctl start` and restarts it after failures.", vm.name(), policy);
    return "Manual";
  }
}
