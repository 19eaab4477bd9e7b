package io.kubelift.inventory;

import static org.assertj.core.api.Assertions.assertThat;

import io.kubelift.model.Inventory;
import io.kubelift.model.Provenance;
import io.kubelift.model.Rejected;
import io.kubelift.model.Vm;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The same VM seen in several inputs: one VM out, the later input wins, and the VM says what it replaced. */
class MergeTest {
  static final Path RV = Path.of("fixtures/rvtools/export");
  static final String RV_INFO = RV + "/RVTools_tabvInfo.csv";
  static final String HEADER = "name,cpus,memory_mib,disks,uuid\n";
  @TempDir Path tmp;

  Path csv(String body) throws IOException {
    Path p = tmp.resolve("sheet.csv");
    Files.writeString(p, HEADER + body);
    return p;
  }

  static Inventory load(Path... inputs) {
    return new InventoryLoader(InventoryReaders.standard(), null).load(List.of(inputs));
  }

  static Vm only(Inventory inv, String name) {
    List<Vm> found = inv.vms().stream().filter(v -> v.name().equals(name)).toList();
    assertThat(found).hasSize(1);
    return found.get(0);
  }

  static List<Rejected> rejected(Inventory inv) {
    List<Rejected> out = new ArrayList<>();
    inv.inputs().forEach(f -> out.addAll(f.rejected()));
    return out;
  }

  @Test
  void the_later_input_wins_and_the_vm_says_what_it_replaced() throws IOException {
    Path sheet = csv("shop-db01,12,32768,,\n");
    Inventory inv = load(RV, sheet);
    assertThat(inv.vms()).hasSize(15);
    Vm db = only(inv, "shop-db01");
    assertThat(db.cpus()).isEqualTo(12);
    assertThat(db.disks()).as("a blank cell erases nothing").hasSize(2);
    assertThat(db.source().toString()).isEqualTo(RV_INFO + ":5");
    assertThat(Provenance.sources(db)).containsExactly(RV_INFO + ":5", sheet + ":2");
    assertThat(Provenance.notes(db)).containsExactly("cpus: 12 from " + sheet + ":2 replaces 8 from " + RV_INFO
        + ":5");
  }

  @Test
  void in_the_other_order_the_other_value_wins() throws IOException {
    Path sheet = csv("shop-db01,12,32768,,\n");
    Vm db = only(load(sheet, RV), "shop-db01");
    assertThat(db.cpus()).isEqualTo(8);
    assertThat(db.source().toString()).isEqualTo(sheet + ":2");
    assertThat(Provenance.notes(db)).containsExactly("cpus: 8 from " + RV_INFO + ":5 replaces 12 from " + sheet
        + ":2");
  }

  @Test
  void lists_are_replaced_whole_and_the_note_counts_them() throws IOException {
    Path sheet = csv("shop-db01,,,600G vmdk shared=no,\n");
    Vm db = only(load(RV, sheet), "shop-db01");
    assertThat(db.disks()).hasSize(1);
    assertThat(db.disks().get(0).capacityGiB()).isEqualTo(600.0);
    assertThat(Provenance.notes(db)).containsExactly("disks: 1 entry from " + sheet + ":2 replaces 2 entries from "
        + RV_INFO + ":5");
  }

  @Test
  void a_uuid_joins_records_whatever_their_names() throws IOException {
    Path sheet = csv("db01-renamed,,,,50123A01-0000-4C1A-9E01-000000001204\n");
    Inventory inv = load(RV, sheet);
    assertThat(inv.vms()).hasSize(15);
    assertThat(Provenance.sources(only(inv, "shop-db01"))).hasSize(2);
  }

  @Test
  void a_record_that_could_be_either_of_two_same_named_vms_is_rejected_not_guessed() throws IOException {
    Path sheet = csv("jump01,4,,,\n");
    Inventory inv = load(RV, sheet);
    assertThat(inv.vms().stream().filter(v -> v.name().equals("jump01"))).hasSize(2)
        .allSatisfy(v -> assertThat(v.cpus()).isEqualTo(2));
    assertThat(rejected(inv)).filteredOn(r -> r.location().equals(sheet + ":2")).singleElement()
        .satisfies(r -> assertThat(r.reason()).contains("2 VMs named 'jump01' were read before (" + RV_INFO
            + ":14, " + RV_INFO + ":15)"));
  }

  @Test
  void guest_facts_join_by_name_or_dns_name_and_refine_without_a_note() {
    Inventory inv = load(RV, Path.of("fixtures/ansible"));
    assertThat(inv.vms()).hasSize(15);
    Vm db = only(inv, "shop-db01");
    assertThat(db.os().version()).isEqualTo("7.9");
    assertThat(db.kernel().version()).isEqualTo("3.10.0-1160.108.1.el7.x86_64");
    assertThat(db.kernel().cmdline()).isEqualTo("BOOT_IMAGE=/vmlinuz-3.10.0-1160.108.1.el7.x86_64 crashkernel=auto "
        + "quiet rd.lvm.lv=rhel/root rd.lvm.lv=rhel/swap rhgb ro root=/dev/mapper/rhel-root transparent_hugepage=never");
    assertThat(db.kernel().host()).isNull();
    assertThat(db.attributes()).containsEntry("selinux", "enforcing").containsEntry("guest.virtualization",
        "VMware (guest)").doesNotContainKey(ReadResult.HOSTNAMES);
    assertThat(Provenance.notes(db)).isEmpty();
    Vm rac = only(inv, "ora-rac01");
    assertThat(rac.kernel().version()).endsWith("el7uek.x86_64");
    assertThat(rac.attributes()).containsEntry("selinux", "disabled");
    assertThat(only(inv, "shop-web01").kernel().version()).isEqualTo("4.18.0-477.27.1.el8_8.x86_64");
  }

  @Test
  void guest_facts_read_before_the_hypervisor_still_list_the_vm_source_first() {
    Vm db = only(load(Path.of("fixtures/ansible/fact-cache"), RV), "shop-db01");
    assertThat(db.source().toString()).isEqualTo(RV_INFO + ":5");
    assertThat(Provenance.sources(db)).containsExactly(RV_INFO + ":5", "fixtures/ansible/fact-cache/shop-db01:1");
  }

  @Test
  void guest_facts_that_contradict_the_hypervisor_are_noted() {
    Vm app = only(load(RV, Path.of("fixtures/ansible/setup-output.txt")), "shop-app01");
    assertThat(app.os().version()).isEqualTo("9.2");
    assertThat(app.attributes()).containsEntry("selinux", "permissive");
    assertThat(Provenance.notes(app)).containsExactly("os.version: 9.2 from fixtures/ansible/setup-output.txt:3 "
        + "replaces 8 from " + RV_INFO + ":4");
  }

  @Test
  void guest_facts_of_no_known_vm_and_unreachable_hosts_are_rejected_with_their_location() {
    Inventory inv = load(RV, Path.of("fixtures/ansible"));
    assertThat(rejected(inv)).extracting(Rejected::location).contains("fixtures/ansible/fact-cache/mon01:1",
        "fixtures/ansible/setup-output.txt:35");
    assertThat(rejected(inv)).extracting(Rejected::reason).contains(
        "guest facts of 'mon01' match no VM of the other inputs by name or DNS name",
        "host 'old-ftp01' UNREACHABLE: no facts gathered");
  }
}
