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

/** Facts read from libvirt domain XML, checked against the files' content. */
class LibvirtDomainReaderTest {
  private static final Path NODE1 = Path.of("fixtures/libvirt/db-cluster-node1.xml");
  private static final Path LEGACY = Path.of("fixtures/libvirt/legacy-hosts.xml");

  @Test
  void kitchen_sink_domain_keeps_shared_disk_luns_hostdev_nics_and_host_needs() {
    Vm vm = vm("fedora", file("libvirt", "virt-manager__virt-install-many-devices.xml"));
    assertThat(vm.disks()).filteredOn(Disk::shared).extracting(Disk::name).containsExactly("vda");
    assertThat(vm.disks()).filteredOn(Disk::rawLun).extracting(Disk::name)
        .containsExactly("sdab", "sdae", "vdu", "hostdev-scsi-30");
    assertThat(vm.nics()).filteredOn(Nic::sriov).hasSize(3);
    assertThat(vm.nics()).hasSize(18);
    assertThat(vm.devices()).filteredOn(d -> d.type().equals("pci")).hasSize(5);
    assertThat(vm.devices()).filteredOn(d -> d.type().equals("usb")).hasSize(7);
    assertThat(vm.devices()).extracting(Device::type).contains("watchdog", "smartcard", "serial", "parallel");
    assertThat(vm.kernel().host().hugepages()).isTrue();
    assertThat(vm.kernel().host().dedicatedCpus()).isTrue();
    assertThat(vm.kernel().cmdline()).isEqualTo("root=/foo");
    // secure-boot is on but enrolled-keys is off: nothing is enforced
    assertThat(vm.firmware().type()).isEqualTo("uefi");
    assertThat(vm.firmware().secureBoot()).isFalse();
    assertThat(vm.firmware().tpm()).isTrue();
    assertThat(vm.cpus()).isEqualTo(9);
    assertThat(vm.memoryMiB()).isEqualTo(64);
  }

  @Test
  void disk_driver_types_buses_and_paths() {
    Vm vm = vm("fedora", file("libvirt", "virt-manager__virt-install-many-devices.xml"));
    assertThat(vm.disks()).extracting(Disk::name, Disk::format, Disk::bus, Disk::path).contains(
        tuple("vdc", "qcow2", "virtio", "/var/lib/libvirt/images/fedora.qcow2"),
        tuple("vdg", "raw", "virtio", "rbd://ceph-mon-1.example.com/rbd-sourcename/fedora"),
        tuple("fda", null, "fdc", "/var"));
    assertThat(vm.disks()).noneMatch(d -> d.name().equals("sdaa")); // the empty CD-ROM drive
    assertThat(vm.disks()).allMatch(d -> d.capacityGiB() == null); // a domain does not state disk sizes
  }

  @Test
  void firmware_secure_boot_and_tpm() {
    Vm secboot = vm("fedora", file("libvirt", "libvirt__os-firmware-efi-secboot.xml"));
    assertThat(secboot.firmware().type()).isEqualTo("uefi");
    assertThat(secboot.firmware().secureBoot()).isTrue();
    Vm win11 = vm("win11", file("libvirt", "virt-manager__virt-install-win11.xml"));
    assertThat(win11.os()).extracting("family", "version").containsExactly("windows", "11");
    assertThat(win11.firmware().tpm()).isTrue();
    assertThat(vm("TPM-VM", file("libvirt", "libvirt__tpm-emulator-tpm2.xml")).firmware().tpm()).isTrue();
  }

  @Test
  void sriov_interfaces_luns_hugepages_numa_mdev_and_arch() {
    assertThat(vm("SRiovVm", file("libvirt", "vdsm__testSRiovVm.xml")).nics())
        .extracting(Nic::name, Nic::sriov).containsExactly(tuple("net1", false), tuple("hostdev2", true));
    assertThat(vm("QEMUGuest1", file("libvirt", "libvirt__disk-scsi-lun-passthrough.xml")).disks())
        .extracting(Disk::rawLun).containsExactly(true, true);
    assertThat(vm("SomeDummyHugepagesGuest", file("libvirt", "libvirt__hugepages-numa-default-2M.xml")).kernel()
        .host().hugepages()).isTrue();
    assertThat(vm("dummy2", file("libvirt", "libvirt__cputune-numatune.xml")).kernel().host().numaPinning())
        .isTrue();
    assertThat(vm("fedora30", file("libvirt", "virt-manager__virt-install-s390x-default.xml")).os().arch())
        .isEqualTo("s390x");
    assertThat(vm("fedora", file("libvirt", "virt-manager__virt-install-mdev-devices.xml")).devices())
        .extracting(Device::type).contains("vgpu");
  }

  @Test
  void the_later_of_two_definitions_of_one_domain_is_assessed_and_the_earlier_listed_as_superseded() {
    Path f = file("libvirt", "virt-manager__virt-install-win11.xml");
    InputFile in = VirtCorpus.load(f).inputs().get(0);
    assertThat(in.records()).isEqualTo(2);
    assertThat(in.rejected()).singleElement().satisfies(r -> {
      assertThat(r.location()).isEqualTo(f + ":1 (/domain[1])");
      assertThat(r.reason()).isEqualTo("superseded by a later definition of domain 'win11' at line 101 in the same file");
    });
    assertThat(vm("win11", f).source().line()).isEqualTo(101);
  }

  @Test
  void fixture_cluster_node_carries_every_trait() {
    Vm vm = vm("db-cluster-node1", NODE1);
    assertThat(vm.os()).extracting("family", "distribution", "version").containsExactly("linux", "rhel", "8.8");
    assertThat(vm.powerState()).isEqualTo("on");
    assertThat(vm.guestAgent()).isTrue();
    assertThat(vm.firmware()).extracting("type", "secureBoot", "tpm").containsExactly("uefi", true, true);
    assertThat(vm.disks()).extracting(Disk::name, Disk::format, Disk::shared, Disk::rawLun).containsExactly(
        tuple("vda", "qcow2", false, false), tuple("sda", "raw", true, false), tuple("sdb", "raw", true, true));
    assertThat(vm.nics()).extracting(Nic::network, Nic::sriov)
        .containsExactly(tuple("br-service", false), tuple("ens2f1", false), tuple(null, true));
    assertThat(vm.kernel().host()).extracting("hugepages", "dedicatedCpus", "numaPinning", "realtime")
        .containsExactly(true, true, true, false);
    assertThat(vm.devices()).extracting(Device::type, Device::description)
        .containsExactly(tuple("watchdog", "i6300esb reset"), tuple("serial", "tcp 10.20.0.40:7001"));
    assertThat(vm.attributes()).containsEntry("cpu.mode", "host-passthrough").containsEntry("graphics", "vnc");
  }

  @Test
  void fixture_with_three_domains_reads_two_and_rejects_the_nameless_one() {
    InputFile in = VirtCorpus.load(LEGACY).inputs().get(0);
    assertThat(in.records()).isEqualTo(3);
    assertThat(in.rejected()).extracting("location", "reason")
        .containsExactly(tuple(LEGACY + ":87 (/domain[3])", "domain has no <name>"));
    Vm cad = vm("cad-win2008", LEGACY);
    assertThat(cad.os().version()).isEqualTo("2008 r2");
    assertThat(cad.disks()).extracting(Disk::format).containsExactly("vhd", "iso");
    assertThat(cad.nics()).extracting(Nic::connected).containsExactly(false);
    assertThat(cad.devices()).extracting(Device::type).containsExactly("usb", "pci", "vgpu", "smartcard");
    Vm plc = vm("plc-gateway", LEGACY);
    assertThat(plc.kernel().cmdline()).startsWith("console=ttyS0");
    assertThat(plc.kernel().host().realtime()).isTrue();
    assertThat(plc.attributes()).containsEntry("os.kernel", "/var/lib/libvirt/boot/vmlinuz-5.10-rt");
    assertThat(plc.devices()).extracting(Device::type, Device::passthrough)
        .containsExactly(tuple("parallel", true), tuple("serial", true));
  }
}
