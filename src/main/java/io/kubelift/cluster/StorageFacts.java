package io.kubelift.cluster;

import static io.kubelift.rubric.ClusterFactNames.DEFAULT_CLASS;
import static io.kubelift.rubric.ClusterFactNames.RWX;
import static io.kubelift.rubric.ClusterFactNames.RWX_BLOCK;
import static io.kubelift.rubric.ClusterFactNames.RWX_CLASSES;
import static io.kubelift.rubric.ClusterFactNames.SNAPSHOTS;
import static io.kubelift.rubric.ClusterFactNames.SNAPSHOT_CLASSES;
import static io.kubelift.rubric.ClusterFactNames.STORAGE_CLASSES;

import io.fabric8.kubernetes.api.model.GenericKubernetesResource;
import io.fabric8.kubernetes.api.model.storage.StorageClass;
import io.kubelift.rubric.StorageClassFact;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Storage facts: the storage classes with provisioner, volume binding and default flag; what each supports
 * (ReadWriteMany, Block) as CDI's StorageProfiles state it; and the VolumeSnapshotClasses. A class without a
 * StorageProfile that names its modes leaves ReadWriteMany unknown unless another class is known to offer it.
 */
final class StorageFacts {
  static final String DEFAULT_ANNOTATION = "storageclass.kubernetes.io/is-default-class";
  static final String SNAPSHOT_GROUP = "snapshot.storage.k8s.io";

  private StorageFacts() {}

  static void read(Read<List<StorageClass>> classes, Discovery d, FactSheet s) {
    Read<List<GenericKubernetesResource>> snapshots = d.list(SNAPSHOT_GROUP, "VolumeSnapshotClass");
    s.from(snapshots.map(l -> !l.isEmpty()), SNAPSHOTS).from(snapshots.map(StorageFacts::names), SNAPSHOT_CLASSES);
    if (!classes.known()) {
      s.unknown(classes.reason(), STORAGE_CLASSES, DEFAULT_CLASS, RWX, RWX_BLOCK, RWX_CLASSES);
      return;
    }
    Read<List<GenericKubernetesResource>> profiles = d.list(CdiFacts.GROUP, "StorageProfile");
    Map<String, List<String>> modes = profiles.known() ? modes(profiles.value()) : Map.of();
    List<String> described = new ArrayList<>();
    TreeSet<String> rwx = new TreeSet<>();
    TreeSet<String> rwxBlock = new TreeSet<>();
    TreeSet<String> undecided = new TreeSet<>();
    String defaultClass = "none";
    List<StorageClass> sorted = new ArrayList<>(classes.value());
    sorted.sort(Comparator.comparing(sc -> sc.getMetadata().getName()));
    for (StorageClass sc : sorted) {
      String name = sc.getMetadata().getName();
      boolean isDefault = sc.getMetadata().getAnnotations() != null
          && "true".equals(sc.getMetadata().getAnnotations().get(DEFAULT_ANNOTATION));
      defaultClass = isDefault ? name : defaultClass;
      List<String> m = modes.get(name);
      described.add(new StorageClassFact(name, sc.getProvisioner(), sc.getVolumeBindingMode() == null
          ? "Immediate" : sc.getVolumeBindingMode(), isDefault, m).describe());
      if (m == null) {
        undecided.add(name);
      } else {
        addIf(rwx, name, m.stream().anyMatch(x -> x.startsWith("ReadWriteMany")));
        addIf(rwxBlock, name, m.contains("ReadWriteMany/Block"));
      }
    }
    s.put(STORAGE_CLASSES, described).put(DEFAULT_CLASS, defaultClass);
    String why = profiles.known() ? "no CDI StorageProfile states the access modes of " + String.join(", ", undecided)
        : "the access modes of the classes are unknown: " + profiles.reason();
    decide(s, RWX, rwx, undecided, why);
    decide(s, RWX_BLOCK, rwxBlock, undecided, why);
    if (s.has(RWX)) {
      s.put(RWX_CLASSES, rwx);
    } else {
      s.unknown(why, RWX_CLASSES);
    }
  }

  /** True when some class offers it, false when every class is known not to, else unknown. */
  private static void decide(FactSheet s, String fact, TreeSet<String> offering, TreeSet<String> undecided,
      String why) {
    if (!offering.isEmpty() || undecided.isEmpty()) {
      s.put(fact, !offering.isEmpty());
    } else {
      s.unknown(why, fact);
    }
  }

  /**
   * Per storage class, its claim property sets as {@code AccessMode/VolumeMode}; a profile without any (CDI does
   * not know the provisioner) tells nothing and is left out.
   */
  static Map<String, List<String>> modes(List<GenericKubernetesResource> profiles) {
    Map<String, List<String>> out = new TreeMap<>();
    for (GenericKubernetesResource p : profiles) {
      List<?> sets = Fields.list(p, "status", "claimPropertySets");
      if (sets.isEmpty()) {
        sets = Fields.list(p, "spec", "claimPropertySets");
      }
      TreeSet<String> modes = new TreeSet<>();
      for (Object set : sets) {
        Map<?, ?> m = set instanceof Map ? (Map<?, ?>) set : Map.of();
        Object volumeMode = m.get("volumeMode") == null ? "Filesystem" : m.get("volumeMode");
        for (String access : KubeVirtFacts.strings(m.get("accessModes"))) {
          modes.add(access + "/" + volumeMode);
        }
      }
      if (!modes.isEmpty()) {
        out.put(p.getMetadata().getName(), new ArrayList<>(modes));
      }
    }
    return out;
  }

  static List<String> names(List<GenericKubernetesResource> items) {
    List<String> out = new ArrayList<>();
    items.forEach(r -> out.add(Discovery.qualifiedName(r)));
    return out;
  }

  private static void addIf(TreeSet<String> set, String name, boolean condition) {
    if (condition) {
      set.add(name);
    }
  }
}
