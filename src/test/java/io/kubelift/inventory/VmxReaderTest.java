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

/** Facts read from VMware .vmx files, checked against the files' content. */
class VmxReaderTest {
  private static final Path FILESERVER = Path.of("fixtures/vmx/fileserver/fileserver.vmx");

  @Test
  void ten_nics_independent_disk_and_disk_on_another_datastore() {
    Vm vm = vm("RHEL7_10_NICs", file("vmx", "libvirt__vmx2xml-esx-in-the-wild-8.vmx"));
    assertThat(vm.nics()).hasSize(10);
    assertThat(vm.nics().get(0)).extracting(Nic::model, Nic::mac).containsExactly("vmxnet3", "00:1a:4a:16:01:55");
    assertThat(vm.disks()).extracting(Disk::name, Disk::format, Disk::independent).containsExactly(
        tuple("sata0:0", "iso", false), tuple("scsi0:0", "vmdk", false), tuple("scsi0:1", "vmdk", true),
        tuple("scsi0:2", "vmdk", false));
    assertThat(vm.disks().get(3).path()).startsWith("/vmfs/volumes/");
    assertThat(vm.cpus()).isEqualTo(8);
    assertThat(vm.os()).extracting("distribution", "version").containsExactly("rhel", "7");
  }

  @Test
  void efi_secure_boot_and_nvme() {
    Vm vm = vm("Auto-esx8.0-rhel9.4-efi-nvme-disk", file("vmx", "libvirt__esx-in-the-wild-16.vmx"));
    assertThat(vm.firmware()).extracting("type", "secureBoot").containsExactly("uefi", true);
    assertThat(vm.disks()).extracting(Disk::bus).contains("nvme");
  }

  @Test
  void snapshot_delta_disk_and_gsx_independent_mode() {
    Vm el6 = vm("el6-test", file("vmx", "libvirt__esx-in-the-wild-6.vmx"));
    assertThat(el6.snapshots()).isEqualTo(1);
    assertThat(el6.disks()).extracting(Disk::path).contains("el6-test-000001.vmdk");
    Vm router = vm("Router", file("vmx", "libvirt__gsx-in-the-wild-3.vmx"));
    assertThat(router.disks()).extracting(Disk::bus, Disk::independent).containsExactly(tuple("ide", true));
    assertThat(router.nics()).extracting(Nic::network).containsExactly("net1", "net2");
    assertThat(router.memoryMiB()).isEqualTo(32);
  }

  @Test
  void wildcard_key_escapes_and_tools_reported_guest() {
    Vm vm = vm("wild14", file("vmx", "libvirt__esx-in-the-wild-14.vmx"));
    assertThat(vm.devices()).isEmpty(); // pciPassthru*.present = "False"
    assertThat(vm.os()).extracting("distribution", "version").containsExactly("rhel", "8.8");
    assertThat(vm.kernel().version()).isEqualTo("4.18.0-477.21.1.el8_8.x86_64");
    assertThat(vm.attributes().get("guestOs")).isEqualTo("rhel7-64");
    Vm wiki = vm("dokuwiki", file("vmx", "libvirt__esx-in-the-wild-15.vmx"));
    assertThat(wiki.disks()).extracting(Disk::bus).containsOnly("nvme");
  }

  @Test
  void network_serial_ports_over_vspc() {
    Vm vm = vm("Test-Mig-VM-1 (01ce57d0-4e20-41a5-8b6c-bcbf49a032ec)", file("vmx", "libvirt__esx-in-the-wild-13.vmx"));
    assertThat(vm.devices()).extracting(Device::type).containsExactly("serial", "serial");
    assertThat(vm.devices().get(0).description()).startsWith("network telnets://10.28.100.26:18979");
  }

  @Test
  void fixture_fileserver_every_trait() {
    Vm vm = vm("fileserver", FILESERVER);
    assertThat(vm.attributes().get("annotation")).isEqualTo("Samba file server\nOwner: \"storage team\"");
    assertThat(vm.firmware()).extracting("type", "secureBoot", "tpm").containsExactly("uefi", true, true);
    assertThat(vm.disks()).extracting(Disk::name, Disk::capacityGiB, Disk::rawLun, Disk::independent, Disk::shared)
        .containsExactly(tuple("sata0:0", null, false, false, false), tuple("scsi0:0", 100.0, false, false, false),
            tuple("scsi0:1", 2048.0, true, false, false), tuple("scsi0:2", null, null, true, false),
            tuple("scsi1:0", null, null, false, true));
    assertThat(vm.snapshots()).isEqualTo(1);
    assertThat(vm.nics()).extracting(Nic::name, Nic::sriov, Nic::connected)
        .containsExactly(tuple("ethernet0", false, true), tuple("ethernet1", true, false));
    assertThat(vm.devices()).extracting(Device::type).containsExactly("vgpu", "serial", "usb");
    assertThat(vm.kernel().host()).extracting("hugepages", "dedicatedCpus", "numaPinning", "realtime")
        .containsExactly(false, true, true, true);
    assertThat(vm.os().version()).isEqualTo("8.9");
  }

  @Test
  void a_malformed_line_rejects_the_vm_with_its_line() {
    Path broken = Path.of("fixtures/vmx/broken.vmx");
    InputFile in = VirtCorpus.load(broken).inputs().get(0);
    assertThat(in.records()).isEqualTo(1);
    assertThat(in.rejected()).extracting("location", "reason").containsExactly(tuple(broken + ":8",
        "not a 'key = \"value\"' line: scsi0:0.fileName = \"half-copied.vmdk"));
  }
}
