package io.kubelift.plan;

import static io.kubelift.plan.StoragePlanner.RWO;
import static io.kubelift.plan.StoragePlanner.RWX;

import io.kubelift.model.Vm;
import io.kubelift.rubric.ClusterFactNames;
import io.kubelift.rubric.StorageClassFact;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * The runbook's account of each storage choice: which class a VM's DataVolumes use and why, and what follows where
 * the class cannot give what the VM needs (a VM that restarts instead of migrating, a shared disk that stays
 * Pending). Without cluster facts it keeps the one warning the plan always gave.
 */
final class StorageNotes {
  private final Draft draft;
  private final TargetCluster cluster;
  private final Set<String> sharedNoted = new HashSet<>();

  StorageNotes(Draft draft) {
    this.draft = draft;
    this.cluster = draft.cluster;
  }

  /** Notes for one VM's disks, once they are chosen. */
  void vm(Vm vm, List<DiskTarget> targets, boolean wantsMigration) {
    List<DiskTarget> volumes = new ArrayList<>();
    targets.stream().filter(t -> t.kind() == DiskTarget.Kind.DATA_VOLUME && !t.shared()).forEach(volumes::add);
    if (!cluster.given()) {
      if (volumes.stream().anyMatch(t -> RWX.equals(t.accessMode()))) {
        draft.note("%s: its DataVolumes ask for ReadWriteMany so that it can live-migrate. Without cluster facts "
            + "it is unknown whether the storage class offers that; if a volume stays Pending, switch it to "
            + "ReadWriteOnce (the VM then restarts instead of migrating during node drains).", vm.name());
      }
      return;
    }
    List<String> rwx = names(volumes, RWX);
    List<String> rwo = names(volumes, RWO);
    if (!rwx.isEmpty() && wantsMigration) {
      draft.note("%s: DataVolume(s) %s use storage class `%s`, which is known to offer ReadWriteMany"
          + (blockOnly(volumes) ? " only for Block volumes (so they are Block volumes, without file-system "
          + "overhead)" : "") + ", so that it can live-migrate.", vm.name(), String.join(", ", rwx),
          classOf(volumes, RWX));
    }
    if (!rwo.isEmpty() && wantsMigration) {
      // the reason is Markdown already (it may quote the cluster reader's words), so it is not escaped twice
      draft.notes.add(Markdown.format("%s: it could live-migrate, but ", vm.name()) + whyNoRwx(classOf(volumes, RWO))
          + Markdown.format("; so DataVolume(s) %s are ReadWriteOnce and node drains restart it on another node "
          + "instead of migrating it. Move them to a class that offers ReadWriteMany to migrate it.",
          String.join(", ", rwo)));
    } else if (!rwo.isEmpty() && Boolean.FALSE.equals(cluster.flag(ClusterFactNames.RWX))) {
      draft.note("%s: no storage class of the target offers ReadWriteMany, so its DataVolumes are ReadWriteOnce "
          + "and it cannot live-migrate: node drains restart it.", vm.name());
    }
    volumes.stream().filter(t -> Boolean.TRUE.equals(t.disk().rawLun()) && !"Block".equals(t.volumeMode()))
        .forEach(t -> draft.note("%s: disk %s is a raw LUN; storage class `%s` offers no Block volumes, so it is "
            + "copied into a Filesystem volume. Presenting the LUN itself as a PersistentVolume is the "
            + "alternative.", vm.name(), t.name(), t.storageClass()));
    targets.stream().filter(t -> t.shared() && sharedNoted.add(t.name())).forEach(this::shared);
  }

  private void shared(DiskTarget t) {
    StorageClassFact c = cluster.storageClass(t.storageClass());
    String cls = t.storageClass() == null ? "(none named)" : t.storageClass();
    Boolean fits = c == null ? null : c.offers(RWX, StoragePlanner.BLOCK);
    String how = "one ReadWriteMany Block DataVolume attached to each VM with `shareable: true` (KubeVirt then "
        + "turns the host page cache off, as a shared disk needs)";
    if (Boolean.TRUE.equals(fits)) {
      draft.note("Shared disk %s: " + how + ", on storage class `%s`, which is known to offer it.", t.name(), cls);
    } else {
      draft.note("Shared disk %s: " + how + ". Storage class `%s` is %s to offer ReadWriteMany Block volumes: the "
          + "DataVolume stays Pending unless it does; then choose one with --storage-class.", t.name(), cls,
          Boolean.FALSE.equals(fits) ? "known not" : "not known");
    }
  }

  /**
   * Notes about the plan's storage as a whole, once every VM is decided: an option class the cluster lacks, the
   * classes chosen where no class is default, or no class at all.
   */
  void plan(List<VmTarget> vms) {
    List<DiskTarget> targets = new ArrayList<>();
    vms.forEach(v -> v.disks().stream().filter(t -> t.kind() == DiskTarget.Kind.DATA_VOLUME).forEach(targets::add));
    if (!cluster.given() || targets.isEmpty()) {
      return;
    }
    String option = draft.options.storageClass();
    if (option != null && cluster.classes() != null && cluster.storageClass(option) == null) {
      draft.note("The target has no storage class `%s` (it has %s): the DataVolumes stay Pending until it exists.",
          option, String.join(", ", cluster.classes().keySet()));
    }
    if (option == null && cluster.defaultClass() == null) {
      TreeSet<String> chosen = new TreeSet<>();
      targets.stream().filter(t -> t.storageClass() != null).forEach(t -> chosen.add(t.storageClass()));
      if (!chosen.isEmpty()) {
        draft.note("No storage class is known to be the target's default (%s): the DataVolumes name the class "
            + "known to offer what each disk needs (%s).", defaultWhy(), String.join(", ", chosen));
      }
    }
    if (targets.stream().anyMatch(t -> t.storageClass() == null)) {
      draft.note("No storage class is known to be the target's default (%s), and none is known to fit, so the "
          + "DataVolumes name no class and stay Pending unless one is default; pass --storage-class.",
          defaultWhy());
    }
  }

  private String defaultWhy() {
    return cluster.text(ClusterFactNames.DEFAULT_CLASS) == null ? cluster.why(ClusterFactNames.DEFAULT_CLASS)
        : "none is marked default";
  }

  private String whyNoRwx(String cls) {
    StorageClassFact c = cluster.storageClass(cls);
    if (Boolean.FALSE.equals(cluster.flag(ClusterFactNames.RWX))) {
      return "no storage class of the target offers ReadWriteMany";
    }
    if (c != null && c.modes() != null) {
      return Markdown.format("storage class `%s` offers only %s", cls, String.join(" ", c.modes()))
          + others();
    }
    if (Boolean.TRUE.equals(cluster.flag(ClusterFactNames.RWX))) {
      return Markdown.format("it is unknown whether storage class `%s` offers ReadWriteMany (%s)", cls,
          c == null ? "the target has no class of that name" : "no CDI StorageProfile states its access modes")
          + others();
    }
    return Markdown.format("it is unknown whether any storage class offers ReadWriteMany (%s)",
        cluster.why(ClusterFactNames.RWX));
  }

  /** The classes known to offer ReadWriteMany, when the option chose another. */
  private String others() {
    List<String> known = cluster.list(ClusterFactNames.RWX_CLASSES);
    return known == null || known.isEmpty() ? ""
        : Markdown.format(" (%s does; choose it with --storage-class)", String.join(", ", known));
  }

  private static List<String> names(List<DiskTarget> volumes, String access) {
    List<String> out = new ArrayList<>();
    volumes.stream().filter(t -> access.equals(t.accessMode())).forEach(t -> out.add(t.name()));
    return out;
  }

  private static String classOf(List<DiskTarget> volumes, String access) {
    TreeSet<String> classes = new TreeSet<>();
    volumes.stream().filter(t -> access.equals(t.accessMode()) && t.storageClass() != null)
        .forEach(t -> classes.add(t.storageClass()));
    return classes.isEmpty() ? null : String.join(", ", classes);
  }

  /** Whether some volume is Block only because the class offers ReadWriteMany on Block volumes alone. */
  private static boolean blockOnly(List<DiskTarget> volumes) {
    return volumes.stream().anyMatch(t -> RWX.equals(t.accessMode()) && "Block".equals(t.volumeMode())
        && !Boolean.TRUE.equals(t.disk().rawLun()));
  }
}
