package io.kubelift.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** A VM's disk total, as the rubric's vm.disks.totalGiB and the reports' Disk GiB show it. */
class VmDiskTotalTest {
  private static Vm vm(List<Disk> disks) {
    return new Vm("a", null, null, null, null, null, null, null, null, disks, null, null, null, null, null, null,
        null, null, null);
  }

  private static Disk disk(String name, String format, Double gib) {
    return new Disk(name, format, gib, null, null, null, null, null, null, null);
  }

  @Test
  void cd_rom_images_are_not_counted_so_one_of_unknown_size_leaves_the_total_known() {
    assertThat(vm(List.of(disk("Hard disk 1", "vmdk", 100.0), disk("Hard disk 2", "vmdk", 200.0),
        disk("CD/DVD drive 1", "iso", null))).diskGiB()).isEqualTo(300.0);
    assertThat(vm(List.of(disk("Hard disk 1", "vmdk", 100.0), disk("CD/DVD drive 1", "iso", 4.5))).diskGiB())
        .isEqualTo(100.0);
  }

  @Test
  void a_disk_of_unknown_size_or_an_unknown_disk_list_leaves_it_unknown() {
    assertThat(vm(List.of(disk("Hard disk 1", "vmdk", 100.0), disk("Hard disk 2", null, null))).diskGiB()).isNull();
    assertThat(vm(null).diskGiB()).isNull();
    assertThat(vm(List.of()).diskGiB()).isZero();
  }
}
