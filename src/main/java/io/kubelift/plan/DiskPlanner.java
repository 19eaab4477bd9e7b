package io.kubelift.plan;

import io.kubelift.assess.VmAssessment;
import io.kubelift.model.Disk;
import io.kubelift.model.Vm;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Decides where each disk goes: a ContainerDisk image for stateless VMs, a DataVolume per disk for stateful ones
 * (and where statefulness is unknown, because losing data is worse than a slower image process). ISO images
 * follow the VM's choice and are attached as CD-ROMs.
 */
final class DiskPlanner {
  /**
   * Share of a Filesystem-mode volume the file system itself takes: CDI's default global
   * {@code filesystemOverhead} (0.055). A DataVolume sized at the bare capacity would not fit the image.
   */
  static final double FS_OVERHEAD = 0.055;
  private static final Set<String> CDI_READS_AS_IS = Set.of("qcow2", "raw", "iso");

  private final Draft draft;
  private final Map<String, String> names;
  private final StoragePlanner storage;
  private final StorageNotes storageNotes;

  /** Names: disk id (see {@link #diskId}) to DataVolume or image name, unique in the plan. */
  DiskPlanner(Draft draft, Map<String, String> names) {
    this.draft = draft;
    this.names = names;
    this.storage = new StoragePlanner(draft.cluster, draft.options.storageClass());
    this.storageNotes = new StorageNotes(draft);
  }

  /** Once every VM is decided: what the runbook says about the plan's storage as a whole. */
  void finish(List<VmTarget> vms) {
    storageNotes.plan(vms);
  }

  static String diskId(String vmKey, int index, Disk d) {
    if (Boolean.TRUE.equals(d.shared())) {
      return "shared\u0000" + (d.path() != null ? d.path() : d.name());
    }
    return vmKey + "\u0000" + index;
  }

  static String rawName(Vm vm, int index, Disk d) {
    return d.name() != null ? d.name() : vm.name() + "-disk" + (index + 1);
  }

  List<DiskTarget> plan(VmAssessment a, String vmKey) {
    Vm vm = a.vm();
    boolean containerDisk = vm.workload() != null && Boolean.FALSE.equals(vm.workload().stateful());
    if (vm.workload() == null || vm.workload().stateful() == null) {
      draft.note("%s: whether it is stateful is unknown, so its disks go to DataVolumes (persistent) rather "
          + "than ContainerDisks that lose every write on restart.", vm.name());
    }
    List<DiskTarget> out = new ArrayList<>();
    List<Disk> disks = vm.disks() == null ? List.of() : vm.disks();
    // live migration is wanted unless the assessment knows it is impossible anyway
    boolean wantsMigration = !Boolean.FALSE.equals(a.liveMigration().migratable());
    for (int i = 0; i < disks.size(); i++) {
      Disk d = disks.get(i);
      String name = names.get(diskId(vmKey, i, d));
      out.add(containerDisk ? containerDisk(vm, d, name) : dataVolume(vm, d, name, wantsMigration));
    }
    storageNotes.vm(vm, out, wantsMigration);
    if (vm.disks() == null) {
      draft.note("%s: the inventory lists no disks (unknown); add them before applying.", vm.name());
    }
    return out;
  }

  private DiskTarget containerDisk(Vm vm, Disk d, String name) {
    boolean iso = "iso".equals(d.format());
    boolean convert = !iso && !"qcow2".equals(d.format());
    String image = draft.options.registry() + "/" + name + ":v1";
    return new DiskTarget(d, name, DiskTarget.Kind.CONTAINER_DISK, iso, bus(vm, iso), null, null, null, null,
        image, name + (iso ? ".iso" : ".qcow2"), convert);
  }

  private DiskTarget dataVolume(Vm vm, Disk d, String name, boolean wantsMigration) {
    boolean iso = "iso".equals(d.format());
    boolean convert = d.format() == null || !CDI_READS_AS_IS.contains(d.format());
    StoragePlanner.Choice where = storage.choose(d, wantsMigration);
    String ext = convert ? "qcow2" : d.format();
    String image = draft.options.source() == PlanOptions.DiskSource.REGISTRY
        ? draft.options.registry() + "/" + name + ":v1" : null;
    if (d.capacityGiB() == null) {
      draft.note("%s: disk %s has no known capacity; the runbook lets virtctl create its DataVolume once "
          + "`qemu-img info` has told the size.", vm.name(), d.name());
    }
    if (Boolean.TRUE.equals(d.rawLun()) && where.block()) {
      draft.note("%s: disk %s is a raw LUN; it is copied into a Block volume here. Presenting the LUN itself "
          + "as a PersistentVolume is the alternative.", vm.name(), d.name());
    }
    return new DiskTarget(d, name, DiskTarget.Kind.DATA_VOLUME, iso, bus(vm, iso),
        size(d.capacityGiB(), where.block()), where.storageClass(), where.accessMode(), where.volumeMode(), image,
        name + "." + ext, convert);
  }

  /** Capacity plus file-system overhead, rounded up to whole GiB; Block volumes carry no file system. */
  static Long size(Double capacityGiB, boolean block) {
    if (capacityGiB == null) {
      return null;
    }
    double gi = block ? capacityGiB : capacityGiB * (1 + FS_OVERHEAD);
    return (long) Math.ceil(gi - 1e-9);
  }

  private static String bus(Vm vm, boolean cdrom) {
    return !cdrom && Boolean.TRUE.equals(vm.virtioDrivers()) ? "virtio" : "sata";
  }
}
