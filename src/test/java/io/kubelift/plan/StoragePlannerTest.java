package io.kubelift.plan;

import static org.assertj.core.api.Assertions.assertThat;

import io.kubelift.model.ClusterFacts;
import io.kubelift.model.Disk;
import io.kubelift.plan.StoragePlanner.Choice;
import io.kubelift.rubric.ClusterFactNames;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** How a DataVolume's storage class, access mode and volume mode follow from what is known of the target. */
class StoragePlannerTest {
  private static final String CEPH =
      "ceph-rbd: rbd.csi.ceph.com, Immediate, ReadWriteMany/Block ReadWriteOnce/Filesystem";
  private static final String LOCAL = "local-path: rancher.io/local-path, WaitForFirstConsumer, default, "
      + "ReadWriteOnce/Filesystem";
  private static final Disk PLAIN = disk(false, false);
  private static final Disk SHARED = disk(true, false);
  private static final Disk LUN = disk(false, true);

  @Test
  void without_cluster_facts_the_disk_gets_what_it_needs_on_the_option_class_as_before() {
    StoragePlanner p = new StoragePlanner(new TargetCluster(ClusterFacts.unknown()), null);
    assertThat(p.choose(PLAIN, true)).isEqualTo(new Choice(null, "ReadWriteMany", "Filesystem"));
    assertThat(p.choose(PLAIN, false)).isEqualTo(new Choice(null, "ReadWriteOnce", "Filesystem"));
    assertThat(p.choose(SHARED, false)).isEqualTo(new Choice(null, "ReadWriteMany", "Block"));
    assertThat(p.choose(LUN, false)).isEqualTo(new Choice(null, "ReadWriteOnce", "Block"));
    assertThat(new StoragePlanner(new TargetCluster(ClusterFacts.unknown()), "fast-rwx").choose(PLAIN, true))
        .isEqualTo(new Choice("fast-rwx", "ReadWriteMany", "Filesystem"));
  }

  @Test
  void a_class_known_to_offer_read_write_many_carries_the_vms_that_should_migrate() {
    StoragePlanner p = planner(null, facts("local-path", true, CEPH, LOCAL));
    assertThat(p.choose(PLAIN, true)).as("ceph offers RWX only on Block volumes")
        .isEqualTo(new Choice("ceph-rbd", "ReadWriteMany", "Block"));
    assertThat(p.choose(PLAIN, false)).isEqualTo(new Choice("local-path", "ReadWriteOnce", "Filesystem"));
    assertThat(p.choose(SHARED, false)).isEqualTo(new Choice("ceph-rbd", "ReadWriteMany", "Block"));
    assertThat(p.choose(LUN, false)).as("local-path has no Block volumes")
        .isEqualTo(new Choice("local-path", "ReadWriteOnce", "Filesystem"));
  }

  @Test
  void the_default_class_stays_when_it_offers_read_write_many_itself() {
    String cephDefault =
        "ceph-rbd: rbd.csi.ceph.com, Immediate, default, ReadWriteMany/Block ReadWriteOnce/Filesystem";
    String nfs = "nfs: nfs.csi.k8s.io, Immediate, ReadWriteMany/Filesystem ReadWriteOnce/Filesystem";
    StoragePlanner p = planner(null, facts("ceph-rbd", true, cephDefault, nfs));
    assertThat(p.choose(PLAIN, true)).isEqualTo(new Choice("ceph-rbd", "ReadWriteMany", "Block"));
    assertThat(p.choose(PLAIN, false)).isEqualTo(new Choice("ceph-rbd", "ReadWriteOnce", "Filesystem"));
  }

  @Test
  void unknown_access_modes_give_read_write_once_and_never_assume_read_write_many() {
    String local = "local-path: rancher.io/local-path, WaitForFirstConsumer, default, access modes unknown";
    StoragePlanner p = planner(null, facts("local-path", null, local));
    assertThat(p.choose(PLAIN, true)).isEqualTo(new Choice("local-path", "ReadWriteOnce", "Filesystem"));
    assertThat(p.choose(SHARED, true)).as("a shared disk has no alternative")
        .isEqualTo(new Choice("local-path", "ReadWriteMany", "Block"));
  }

  @Test
  void a_cluster_known_to_offer_only_read_write_once_gets_read_write_once() {
    StoragePlanner p = planner(null, facts("local-path", false, LOCAL));
    assertThat(p.choose(PLAIN, true)).isEqualTo(new Choice("local-path", "ReadWriteOnce", "Filesystem"));
    assertThat(p.choose(PLAIN, false)).isEqualTo(new Choice("local-path", "ReadWriteOnce", "Filesystem"));
  }

  @Test
  void the_option_class_is_kept_and_its_profile_decides_the_modes() {
    StoragePlanner p = planner("local-path", facts("local-path", true, CEPH, LOCAL));
    assertThat(p.choose(PLAIN, true)).isEqualTo(new Choice("local-path", "ReadWriteOnce", "Filesystem"));
    assertThat(p.choose(SHARED, false)).isEqualTo(new Choice("local-path", "ReadWriteMany", "Block"));
    assertThat(planner("missing", facts("local-path", true, CEPH, LOCAL)).choose(PLAIN, true))
        .as("a class the cluster lacks has no known modes").isEqualTo(new Choice("missing", "ReadWriteOnce",
            "Filesystem"));
  }

  @Test
  void without_a_default_class_the_first_class_known_to_fit_is_named() {
    String local = "local-path: rancher.io/local-path, WaitForFirstConsumer, ReadWriteOnce/Filesystem";
    StoragePlanner p = planner(null, facts(TargetCluster.NO_DEFAULT, true, CEPH, local));
    assertThat(p.choose(PLAIN, false)).isEqualTo(new Choice("ceph-rbd", "ReadWriteOnce", "Filesystem"));
    assertThat(p.choose(PLAIN, true)).isEqualTo(new Choice("ceph-rbd", "ReadWriteMany", "Block"));
    StoragePlanner unknownModes = planner(null, facts(TargetCluster.NO_DEFAULT, null,
        "x: example.test/x, Immediate, access modes unknown"));
    assertThat(unknownModes.choose(PLAIN, false)).as("nothing known to fit: no class named")
        .isEqualTo(new Choice(null, "ReadWriteOnce", "Filesystem"));
  }

  @Test
  void a_class_that_offers_only_read_write_many_gives_it_to_every_disk() {
    String cephfs = "cephfs: cephfs.csi.ceph.com, Immediate, default, ReadWriteMany/Filesystem";
    StoragePlanner p = planner(null, facts("cephfs", true, cephfs));
    assertThat(p.choose(PLAIN, false)).isEqualTo(new Choice("cephfs", "ReadWriteMany", "Filesystem"));
    assertThat(p.choose(SHARED, false)).as("a shared disk still asks for Block")
        .isEqualTo(new Choice("cephfs", "ReadWriteMany", "Block"));
  }

  @Test
  void unreadable_storage_classes_leave_the_class_to_the_cluster_and_the_mode_read_write_once() {
    ClusterFacts f = new ClusterFacts("test", Map.of(ClusterFactNames.KUBEVIRT_INSTALLED, true),
        Map.of(ClusterFactNames.STORAGE_CLASSES, "forbidden"));
    StoragePlanner p = planner(null, f);
    assertThat(p.choose(PLAIN, true)).isEqualTo(new Choice(null, "ReadWriteOnce", "Filesystem"));
  }

  private static StoragePlanner planner(String option, ClusterFacts facts) {
    return new StoragePlanner(new TargetCluster(facts), option);
  }

  /** Storage facts as the cluster reader writes them; {@code rwx} {@code null} leaves it unknown. */
  static ClusterFacts facts(String defaultClass, Boolean rwx, String... classes) {
    Map<String, Object> f = new LinkedHashMap<>();
    f.put(ClusterFactNames.STORAGE_CLASSES, List.of(classes));
    f.put(ClusterFactNames.DEFAULT_CLASS, defaultClass);
    if (rwx != null) {
      f.put(ClusterFactNames.RWX, rwx);
    }
    return new ClusterFacts("test", f);
  }

  private static Disk disk(boolean shared, boolean rawLun) {
    return new Disk("d", "qcow2", 10.0, null, null, shared, rawLun, null, null, null);
  }
}
