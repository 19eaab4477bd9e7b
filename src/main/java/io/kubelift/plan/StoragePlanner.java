package io.kubelift.plan;

import io.kubelift.model.Disk;
import io.kubelift.rubric.StorageClassFact;

/**
 * Chooses each DataVolume's storage class, access mode and volume mode from what is known of the target's storage.
 * Without cluster facts the plan asks for what the disk needs (ReadWriteMany where the VM should live-migrate) on
 * the class given by option, as it always did, and the runbook says that is unchecked. With cluster facts:
 * <ul>
 *   <li>the class is the one given by option, else the default class, unless the disk needs something the default is
 *       not known to offer and another class is known to offer it (ReadWriteMany for live migration, ReadWriteMany
 *       Block for a shared disk); several such classes: the first by name;
 *   <li>ReadWriteMany only where the chosen class is known to offer it (a shared disk has no alternative and asks
 *       for it regardless, which {@link StorageNotes} then explains), else ReadWriteOnce;
 *   <li>Block where the disk needs it (shared, raw LUN) or where the class offers the access mode only on Block
 *       volumes; Filesystem otherwise.
 * </ul>
 */
final class StoragePlanner {
  static final String RWX = "ReadWriteMany";
  static final String RWO = "ReadWriteOnce";
  static final String BLOCK = "Block";
  static final String FILESYSTEM = "Filesystem";

  private final TargetCluster cluster;
  private final String optionClass;

  StoragePlanner(TargetCluster cluster, String optionClass) {
    this.cluster = cluster;
    this.optionClass = optionClass;
  }

  /**
   * Where a disk's DataVolume lives.
   *
   * @param storageClass the class, or {@code null} for whatever the cluster defaults to
   * @param accessMode {@code ReadWriteMany} or {@code ReadWriteOnce}
   * @param volumeMode {@code Block} or {@code Filesystem}
   */
  record Choice(String storageClass, String accessMode, String volumeMode) {
    boolean block() {
      return BLOCK.equals(volumeMode);
    }
  }

  /** The choice for a disk of a VM that should live-migrate ({@code wantsMigration}) or need not. */
  Choice choose(Disk d, boolean wantsMigration) {
    boolean shared = Boolean.TRUE.equals(d.shared());
    String wanted = shared || Boolean.TRUE.equals(d.rawLun()) ? BLOCK : FILESYSTEM;
    if (!cluster.given()) {
      return new Choice(optionClass, shared || wantsMigration ? RWX : RWO, wanted);
    }
    String cls = optionClass != null ? optionClass : pickClass(shared, wantsMigration, wanted);
    StorageClassFact profile = cluster.storageClass(cls);
    String access = accessMode(profile, shared, wantsMigration);
    return new Choice(cls, access, shared ? BLOCK : volumeMode(profile, access, wanted));
  }

  private String pickClass(boolean shared, boolean wantsMigration, String wanted) {
    if (shared) {
      String c = known(RWX, BLOCK, true);
      return c != null ? c : cluster.defaultClass();
    }
    String rwx = wantsMigration ? known(RWX, wanted, false) : null;
    if (rwx != null) {
      return rwx;
    }
    String def = cluster.defaultClass();
    if (def != null && !Boolean.FALSE.equals(offers(def, RWO, null))) {
      return def;
    }
    String rwo = known(RWO, wanted, false);
    return rwo != null ? rwo : def;
  }

  /**
   * The default class if it is known to offer the access mode (with Block, when {@code blockOnly}), else the first
   * class by name known to offer it with the wanted volume mode, then with any (unless {@code blockOnly});
   * {@code null} when no class is known to.
   */
  private String known(String access, String wanted, boolean blockOnly) {
    String def = cluster.defaultClass();
    String fallback = blockOnly ? BLOCK : null;
    if (def != null && Boolean.TRUE.equals(offers(def, access, fallback))) {
      return def;
    }
    if (cluster.classes() == null) {
      return null;
    }
    for (String volume : new String[] {wanted, fallback}) {
      for (StorageClassFact c : cluster.classes().values()) {
        if (Boolean.TRUE.equals(c.offers(access, volume))) {
          return c.name();
        }
      }
    }
    return null;
  }

  private Boolean offers(String cls, String access, String volumeMode) {
    StorageClassFact f = cluster.storageClass(cls);
    return f == null ? null : f.offers(access, volumeMode);
  }

  /** ReadWriteMany only where the class is known to offer it; a class known to offer nothing else gets it too. */
  private static String accessMode(StorageClassFact profile, boolean shared, boolean wantsMigration) {
    if (shared) {
      return RWX;
    }
    Boolean rwx = profile == null ? null : profile.offers(RWX, null);
    boolean rwxOnly = profile != null && Boolean.FALSE.equals(profile.offers(RWO, null));
    return Boolean.TRUE.equals(rwx) && (wantsMigration || rwxOnly) ? RWX : RWO;
  }

  /** The wanted volume mode, unless the class is known to offer the access mode only with the other one. */
  private static String volumeMode(StorageClassFact profile, String access, String wanted) {
    if (profile == null || Boolean.TRUE.equals(profile.offers(access, wanted))) {
      return wanted;
    }
    String other = BLOCK.equals(wanted) ? FILESYSTEM : BLOCK;
    return Boolean.TRUE.equals(profile.offers(access, other)) ? other : wanted;
  }
}
