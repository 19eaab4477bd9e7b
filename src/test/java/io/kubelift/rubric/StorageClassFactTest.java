package io.kubelift.rubric;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class StorageClassFactTest {
  @ParameterizedTest
  @ValueSource(strings = {
      "ceph-rbd: rbd.csi.ceph.com, Immediate, ReadWriteMany/Block ReadWriteOnce/Filesystem",
      "local-path: rancher.io/local-path, WaitForFirstConsumer, default, ReadWriteOnce/Filesystem",
      "local-path: rancher.io/local-path, WaitForFirstConsumer, default, access modes unknown",
      "empty: example.test/none, Immediate, "})
  void what_describe_writes_parses_back_to_the_same_text(String text) {
    assertThat(StorageClassFact.parse(text)).isNotNull().extracting(StorageClassFact::describe).isEqualTo(text);
  }

  @Test
  void a_class_with_a_profile_says_which_modes_it_offers() {
    StorageClassFact ceph = StorageClassFact.parse(
        "ceph-rbd: rbd.csi.ceph.com, Immediate, ReadWriteMany/Block ReadWriteOnce/Filesystem");
    assertThat(ceph.name()).isEqualTo("ceph-rbd");
    assertThat(ceph.defaultClass()).isFalse();
    assertThat(ceph.offers("ReadWriteMany", null)).isTrue();
    assertThat(ceph.offers("ReadWriteMany", "Block")).isTrue();
    assertThat(ceph.offers("ReadWriteMany", "Filesystem")).isFalse();
    assertThat(ceph.offers("ReadWriteOnce", "Block")).isFalse();
  }

  @Test
  void a_class_without_a_profile_leaves_every_mode_unknown() {
    StorageClassFact local = new StorageClassFact("local-path", "rancher.io/local-path", "WaitForFirstConsumer",
        true, null);
    assertThat(StorageClassFact.parse(local.describe())).isEqualTo(local);
    assertThat(local.offers("ReadWriteOnce", null)).isNull();
    assertThat(local.offers("ReadWriteMany", "Block")).isNull();
  }

  @Test
  void text_that_is_not_an_entry_parses_to_null() {
    assertThat(StorageClassFact.parse(null)).isNull();
    assertThat(StorageClassFact.parse("no colon here")).isNull();
    assertThat(StorageClassFact.parse("x: a, b")).isNull();
    assertThat(StorageClassFact.parse("x: a, b, c, d, e")).isNull();
    assertThat(StorageClassFact.parse("x: a, b, notdefault, ReadWriteOnce/Filesystem")).isNull();
  }

  @Test
  void modes_are_copied() {
    List<String> modes = new java.util.ArrayList<>(List.of("ReadWriteOnce/Filesystem"));
    StorageClassFact f = new StorageClassFact("a", "p", "Immediate", false, modes);
    modes.clear();
    assertThat(f.modes()).containsExactly("ReadWriteOnce/Filesystem");
  }
}
