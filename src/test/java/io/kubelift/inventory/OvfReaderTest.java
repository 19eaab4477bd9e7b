package io.kubelift.inventory;

import static io.kubelift.inventory.VirtCorpus.file;
import static io.kubelift.inventory.VirtCorpus.vm;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import io.kubelift.model.Device;
import io.kubelift.model.Disk;
import io.kubelift.model.Nic;
import io.kubelift.model.Vm;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** Facts read from OVF descriptors, checked against the files' content. */
class OvfReaderTest {
  private static final Path VAPP = Path.of("fixtures/ovf/erp-vapp.ovf");
  private static final Path OVIRT = Path.of("fixtures/ovf/ovirt-export.ovf");

  @Test
  void vmware_export_disks_with_format_and_capacity_and_a_nic() {
    Vm vm = vm("2K8R2EESP1_2_Medium", file("ovf", "virt-v2v__test-i-ova-two-disks.ovf"));
    assertThat(vm.disks()).extracting(Disk::format, Disk::capacityGiB, Disk::bus, Disk::path).containsExactly(
        tuple("vmdk", 50.0, "scsi", "disk1.vmdk"), tuple("vmdk", 450.0, "scsi", "disk2.vmdk"));
    assertThat(vm.nics()).extracting(Nic::network, Nic::model).containsExactly(tuple("PG-VLAN60", "e1000"));
    assertThat(vm.os()).extracting("family", "version", "arch").containsExactly("windows", "2008 r2", "x86_64");
    assertThat(vm.cpus()).isEqualTo(1);
    assertThat(vm.memoryMiB()).isEqualTo(1024);
    assertThat(vm.firmware().type()).isEqualTo("bios");
  }

  @Test
  void virtualbox_capacity_in_bytes_and_controllers_by_parent() {
    Vm vm = vm("vbox5", file("ovf", "govmomi__vbox5.ovf"));
    assertThat(vm.disks()).extracting(Disk::capacityGiB, Disk::bus)
        .containsExactly(tuple(4194304 / 1073741824.0, "ide"), tuple(10.0, "sata"));
    assertThat(vm.os().distribution()).isEqualTo("ubuntu"); // CIM OS type 93
    assertThat(vm.memoryMiB()).isEqualTo(384);
  }

  @Test
  void a_collection_gives_one_vm_per_virtual_system() {
    Path f = file("ovf", "govmomi__Nested-ESXi-3-Node-VSAN-Template.ovf");
    assertThat(VirtCorpus.load(f).vms()).extracting(Vm::name)
        .containsExactly("VSAN-Nested-ESXi-2", "VSAN-Nested-ESXi-3", "VSAN-Nested-ESXi-1"); // document order
    assertThat(vm("VSAN-Nested-ESXi-1", f).kernel().host().nestedVirtualization()).isTrue();
  }

  @Test
  void uefi_secure_boot_vtpm_vgpu_and_sriov() {
    Vm vgpu = vm("SimpleVm_with_vgpu", file("ovf", "govmomi__SimpleVm_with_vgpu.ovf"));
    assertThat(vgpu.firmware()).extracting("type", "secureBoot").containsExactly("uefi", true);
    assertThat(vgpu.devices()).extracting(Device::type).containsExactly("vgpu");
    assertThat(vm("win19", file("ovf", "govmomi__win19.ovf")).firmware().tpm()).isTrue();
    assertThat(vm("sriov-vm", file("ovf", "govmomi__sriovEthernetCard.ovf")).nics()).extracting(Nic::sriov)
        .containsExactly(true);
    assertThat(vm("pci-legacy-2-devices", file("ovf", "govmomi__pci-legacy-2-devices.ovf")).devices())
        .extracting(Device::type).containsExactly("pci", "pci");
  }

  @Test
  void deployment_options_take_the_default_configuration() {
    Vm vcsa = vm("VMware_vCenter_Server_Appliance", file("ovf", "govmomi__vcsa65.ovf"));
    assertThat(vcsa.attributes()).containsEntry("ovf.deploymentOption", "tiny");
    assertThat(vcsa.cpus()).isEqualTo(2);
    assertThat(vcsa.memoryMiB()).isEqualTo(8192);
    assertThat(vcsa.disks()).hasSize(13);
  }

  @Test
  void ovirt_native_ovf_raw_image_direct_lun_and_snapshot() {
    Vm vm = vm("exporttedVM", file("ovf", "ovirt-engine__vmOvfData.xml"));
    assertThat(vm.disks()).extracting(Disk::name, Disk::format, Disk::capacityGiB, Disk::provisioning, Disk::rawLun)
        .containsExactly(tuple("exporttedVM_Disk1", "raw", 1.0, "thin", false),
            tuple("MAorTestOnlyLun_Disk1", null, 5.0, null, true));
    assertThat(vm.snapshots()).isEqualTo(1);
    assertThat(vm.os()).isNull(); // "Unassigned"
    Vm v2v = vm("sevenofnine", file("ovf", "ovirt-engine__vmOvfData2.xml"));
    assertThat(v2v.disks()).extracting(Disk::capacityGiB, Disk::bus).containsExactly(tuple(200.0, "ide"));
    assertThat(v2v.os().version()).isEqualTo("2019");
    assertThat(v2v.cpus()).isEqualTo(8);
  }

  @Test
  void fixture_vapp_thin_independent_shared_disks_and_passthrough() {
    Vm app = vm("erp-app01", VAPP);
    assertThat(app.disks()).extracting(Disk::capacityGiB, Disk::provisioning, Disk::independent)
        .containsExactly(tuple(40.0, "thin", false), tuple(200.0, "thick", true));
    assertThat(app.nics()).extracting(Nic::network, Nic::connected)
        .containsExactly(tuple("erp-frontend", true), tuple("erp-backend", false));
    assertThat(app.firmware()).extracting("type", "secureBoot", "tpm").containsExactly("uefi", true, true);
    assertThat(app.attributes()).containsEntry("ovf.collection", "erp");
    assertThat(app.application()).isNull();
    Vm db = vm("erp-db01", VAPP);
    assertThat(db.memoryMiB()).isEqualTo(32768);
    assertThat(db.disks()).extracting(Disk::bus, Disk::capacityGiB, Disk::shared)
        .containsExactly(tuple("sata", 60.0, false), tuple("scsi", 500.0, true));
    assertThat(db.devices()).extracting(Device::type, Device::passthrough).containsExactly(tuple("pci", true));
  }

  @Test
  void fixture_ovirt_export_ha_secure_boot_lun_and_snapshots() {
    Vm vm = vm("billing01", OVIRT);
    assertThat(vm.platform()).containsEntry("ha", true);
    assertThat(vm.firmware()).extracting("type", "secureBoot").containsExactly("uefi", true);
    assertThat(vm.snapshots()).isEqualTo(2);
    assertThat(vm.cpus()).isEqualTo(4);
    assertThat(vm.disks()).extracting(Disk::format, Disk::capacityGiB, Disk::shared, Disk::rawLun)
        .containsExactly(tuple("qcow2", 50.0, false, false), tuple(null, 2.0, true, true));
    assertThat(vm.nics()).extracting(Nic::model, Nic::mac).containsExactly(tuple("virtio", "56:6f:1a:2b:00:01"));
    assertThat(vm.devices()).extracting(Device::type).containsExactly("watchdog");
  }
}
