package io.kubelift.inventory;

import static io.kubelift.inventory.VirtCorpus.file;
import static io.kubelift.inventory.VirtCorpus.vm;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import io.kubelift.model.Disk;
import io.kubelift.model.InputFile;
import io.kubelift.model.Nic;
import io.kubelift.model.Vm;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** Facts read from oVirt/RHV REST API XML, checked against the files' content. */
class OvirtApiReaderTest {
  private static final Path FOLLOW = Path.of("fixtures/ovirt/billing02-follow.xml");

  @Test
  void old_api_vm_collection_memory_topology_and_unknown_devices() {
    Path f = file("ovirt-api", "fog-ovirt__vms.xml");
    assertThat(VirtCorpus.load(f).vms()).extracting(Vm::name).containsExactly("test-vm1", "fosdem", "vm01");
    Vm vm = vm("test-vm1", f);
    assertThat(vm.memoryMiB()).isEqualTo(1024);
    assertThat(vm.cpus()).isEqualTo(4);
    assertThat(vm.powerState()).isEqualTo("off");
    assertThat(vm.platform()).containsEntry("ha", false);
    assertThat(vm.disks()).isNull(); // a listing only links to the disks
    assertThat(vm.nics()).isNull();
  }

  @Test
  void templates_and_bare_collections_are_reported_not_assessed() {
    InputFile templates = VirtCorpus.load(file("ovirt-api", "fog-ovirt__templates.xml")).inputs().get(0);
    assertThat(templates.records()).isEqualTo(3);
    assertThat(templates.rejected()).hasSize(3).allMatch(r -> r.reason().contains("is not a VM"));
    InputFile disks = VirtCorpus.load(file("ovirt-api", "fog-ovirt__disks.xml")).inputs().get(0);
    assertThat(disks.records()).isZero();
    assertThat(disks.rejected()).singleElement().satisfies(r -> assertThat(r.reason()).contains("2 item(s)"));
  }

  @Test
  void fixture_followed_vm_disks_nics_snapshots_and_host_needs() {
    Vm vm = vm("billing02", FOLLOW);
    assertThat(vm.powerState()).isEqualTo("on");
    assertThat(vm.firmware()).extracting("type", "secureBoot", "tpm").containsExactly("uefi", true, true);
    assertThat(vm.platform()).containsEntry("ha", true);
    assertThat(vm.disks()).extracting(Disk::format, Disk::capacityGiB, Disk::provisioning, Disk::bus, Disk::shared,
        Disk::rawLun).containsExactly(tuple("qcow2", 50.0, "thin", "scsi", false, false),
            tuple("raw", 100.0, "thick", "virtio", true, false), tuple(null, 2.0, null, "scsi", true, true));
    assertThat(vm.nics()).extracting(Nic::network, Nic::model, Nic::sriov, Nic::addresses).containsExactly(
        tuple("billing-service", "virtio", false, java.util.List.of("10.50.0.12")),
        tuple("sriov-storage", null, true, null));
    assertThat(vm.snapshots()).isEqualTo(1);
    assertThat(vm.devices()).isEmpty();
    assertThat(vm.kernel().host()).extracting("hugepages", "dedicatedCpus").containsExactly(true, true);
    assertThat(vm.attributes()).containsEntry("placement", "pinned");
  }

  @Test
  void fixture_listing_bios_types_os_and_a_nameless_vm() {
    Path f = Path.of("fixtures/ovirt/vms.xml");
    InputFile in = VirtCorpus.load(f).inputs().get(0);
    assertThat(in.records()).isEqualTo(3);
    assertThat(in.rejected()).extracting("location", "reason").containsExactly(tuple(f + ":23", "VM has no <name>"));
    Vm web = vm("intranet-web", f);
    assertThat(web.os()).extracting("family", "version").containsExactly("windows", "2012 r2");
    assertThat(web.firmware().type()).isEqualTo("bios");
    Vm jump = vm("jump-host", f);
    assertThat(jump.cpus()).isEqualTo(4);
    assertThat(jump.powerState()).isEqualTo("suspended");
    assertThat(jump.kernel().cmdline()).isEqualTo("console=ttyS0");
  }
}
