package io.kubelift.inventory;

import static io.kubelift.inventory.VirtCorpus.file;
import static io.kubelift.inventory.VirtCorpus.vm;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import io.kubelift.model.Device;
import io.kubelift.model.Disk;
import io.kubelift.model.InputFile;
import io.kubelift.model.Nic;
import io.kubelift.model.Vm;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** Facts read from Proxmox VE qemu-server configurations, checked against the files' content. */
class ProxmoxReaderTest {
  private static final Path TICKET_DB = Path.of("fixtures/proxmox/101.conf");

  @Test
  void snapshot_sections_are_snapshots_not_vms() {
    Path f = file("proxmox", "qemu-server__snapshots.conf");
    assertThat(VirtCorpus.load(f).vms()).extracting(Vm::name).containsExactly("win-machine-ver");
    Vm vm = vm("win-machine-ver", f);
    assertThat(vm.snapshots()).isEqualTo(7); // seven [name] sections, from machine_version_5_1 to win19_5_2_plus_stuff
    assertThat(vm.disks()).extracting(Disk::name, Disk::format, Disk::capacityGiB).containsExactly(
        tuple("ide0", "qcow2", 1.0), tuple("ide1", "iso", 707456 / 1048576.0),
        tuple("ide2", "iso", 4985424 / 1048576.0), tuple("scsi0", "qcow2", 1.0), tuple("scsi1", "raw", 32.0),
        tuple("virtio0", "qcow2", 1.0));
    assertThat(vm.nics()).extracting(Nic::model, Nic::network).containsExactly(tuple("virtio", "vnet0"),
        tuple("e1000", "vnet0"));
    assertThat(vm.os().family()).isEqualTo("windows");
    assertThat(vm.cpus()).isEqualTo(4);
  }

  @Test
  void hugepages_hostpci_passthrough_and_mdev() {
    assertThat(vm("simple", file("proxmox", "qemu-server__memory-hugepages-1g.conf")).kernel().host().hugepages())
        .isTrue();
    assertThat(vm("qemu-server__q35-linux-hostpci", file("proxmox", "qemu-server__q35-linux-hostpci.conf"))
        .devices()).hasSize(6).allMatch(d -> d.type().equals("pci") && d.passthrough());
    assertThat(vm("qemu-server__q35-linux-hostpci-mapping", file("proxmox",
        "qemu-server__q35-linux-hostpci-mapping.conf")).devices()).extracting(Device::type)
        .containsExactly("pci", "vgpu", "pci");
  }

  @Test
  void efi_secure_boot_tpm_and_raw_device_passthrough() {
    Vm efi = vm("qemu-server__efi-secboot-and-tpm-q35", file("proxmox", "qemu-server__efi-secboot-and-tpm-q35.conf"));
    assertThat(efi.firmware()).extracting("type", "secureBoot", "tpm").containsExactly("uefi", true, true);
    Vm pass = vm("simple", file("proxmox", "qemu-server__simple-disk-passthrough.conf"));
    assertThat(pass.disks()).extracting(Disk::path, Disk::rawLun, Disk::format)
        .containsExactly(tuple("/dev/sda", true, null), tuple("/mnt/file.raw", false, "raw"));
  }

  @Test
  void a_template_is_rejected_with_its_reason() {
    Path f = file("proxmox", "qemu-server__efi-raw-template.conf");
    InputFile in = VirtCorpus.load(f).inputs().get(0);
    assertThat(in.records()).isEqualTo(1);
    assertThat(in.rejected()).singleElement().satisfies(r -> assertThat(r.reason()).contains("is a template"));
  }

  @Test
  void fixture_ticket_db_every_trait() {
    Vm vm = vm("ticket-db", TICKET_DB);
    assertThat(vm.cpus()).isEqualTo(8);
    assertThat(vm.firmware()).extracting("type", "secureBoot", "tpm").containsExactly("uefi", true, true);
    assertThat(vm.snapshots()).isEqualTo(2); // [special:cloudinit] is not a snapshot
    assertThat(vm.disks()).extracting(Disk::name, Disk::format, Disk::capacityGiB, Disk::rawLun).containsExactly(
        tuple("ide2", "iso", 629 / 1024.0, false), tuple("scsi0", "raw", 32.0, false),
        tuple("scsi1", null, 500.0, true), tuple("scsi2", "raw", 1024.0, false), tuple("scsi3", "qcow2", 64.0, false));
    assertThat(vm.nics()).extracting(Nic::network, Nic::staticIp, Nic::addresses, Nic::connected).containsExactly(
        tuple("vmbr0 vlan 40", true, java.util.List.of("10.40.1.21/24"), true), tuple("vmbr1", null, null, false));
    assertThat(vm.devices()).extracting(Device::type).containsExactly("gpu", "usb", "watchdog");
    assertThat(vm.kernel().host()).extracting("hugepages", "dedicatedCpus", "numaPinning")
        .containsExactly(true, true, true);
    assertThat(vm.attributes()).containsEntry("vmid", "101").containsEntry("description",
        "Ticket office database\nOwner: ops-team");
  }
}
