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

/**
 * Host-bound traits every reader now keeps as facts rather than free text: shared host directories, launch
 * security, NIC bindings, direct kernel boot, nested virtualisation, transient and read-only disks. Checked against
 * the corpus files' and fixtures' content.
 */
class HostBoundTraitsReadTest {
  private static final Path HOST_BOUND = Path.of("fixtures/libvirt/host-bound.xml");

  @Test
  void a_libvirt_virtiofs_share_is_a_filesystem_device_not_hugepages() {
    Vm vm = vm("guest", file("libvirt", "libvirt__vhost-user-fs-fd-memory.xml"));
    assertThat(vm.devices()).extracting(Device::type, Device::passthrough, Device::description)
        .containsExactly(tuple("filesystem", true, "virtiofs /path as mount_tag"));
    assertThat(vm.kernel().host().hugepages()).isFalse(); // file-backed shared memory is not hugepages
    assertThat(vm.attributes()).doesNotContainKey("filesystems");
  }

  @Test
  void libvirt_launch_security_names_the_technology_and_policy() {
    assertThat(vm("linux2020", file("libvirt", "virt-manager__virt-install-amd-sev.xml")).devices())
        .extracting(Device::type, Device::description).containsExactly(tuple("launch-security", "sev policy 0x07"));
    assertThat(vm("vm1", file("libvirt", "virt-manager__virt-install-x86_64-launch-security-sev-snp-full.xml"))
        .devices()).extracting(Device::type, Device::description)
        .containsExactly(tuple("launch-security", "sev-snp policy 0x24"));
  }

  @Test
  void libvirt_interface_types_become_nic_bindings() {
    Vm multiq = vm("QEMUGuest1", file("libvirt", "libvirt__net-vhostuser-multiq.xml"));
    assertThat(multiq.nics()).extracting(Nic::binding, Nic::network).containsExactly(
        tuple("vhost-user", "/tmp/vhost0.sock"), tuple("vhost-user", "/tmp/vhost1.sock"), tuple("socket", null),
        tuple("vhost-user", "/tmp/vhost2.sock"), tuple("vhost-user", "/tmp/vhost3.sock"));
    Vm many = vm("fedora", file("libvirt", "virt-manager__virt-install-many-devices.xml"));
    assertThat(many.nics()).extracting(Nic::binding)
        .contains("bridge", "macvtap", "hostdev", "user", "vdpa", "vhost-user");
    assertThat(many.nics()).filteredOn(n -> "hostdev".equals(n.binding())).allMatch(Nic::sriov);
  }

  @Test
  void libvirt_direct_kernel_boot_and_a_disabled_svm_feature() {
    Vm complex = vm("testComplexVm", file("libvirt", "vdsm__testComplexVm.xml"));
    assertThat(complex.kernel().directBoot()).isTrue();
    assertThat(complex.kernel().cmdline()).isEqualTo("rd.break=cmdline rd.shell rd.skipfsck");
    assertThat(complex.kernel().host().nestedVirtualization()).isFalse(); // <feature policy='disable' name='svm'/>
    Vm sev = vm("linux2020", file("libvirt", "virt-manager__virt-install-amd-sev.xml"));
    assertThat(sev.kernel().directBoot()).isFalse();
    // host-passthrough hands the guest VT-x/AMD-V whenever its host allows nesting: the domain cannot say
    assertThat(sev.kernel().host().nestedVirtualization()).isNull();
  }

  @Test
  void libvirt_fixture_domains_carry_each_host_bound_trait() {
    Vm router = vm("nfv-router", HOST_BOUND);
    assertThat(router.nics()).extracting(Nic::binding).containsExactly("bridge", "vhost-user", "vhost-user");
    Vm runner = vm("ci-runner", HOST_BOUND);
    assertThat(runner.kernel().host().nestedVirtualization()).isTrue();
    assertThat(runner.kernel().directBoot()).isTrue();
    assertThat(runner.devices()).extracting(Device::description).containsExactly("virtiofs /srv/ci-cache as cache");
    assertThat(runner.disks()).extracting(Disk::name, Disk::independent, Disk::readonly)
        .containsExactly(tuple("vda", false, false), tuple("vdb", true, false), tuple("vdc", false, true));
    assertThat(runner.nics()).extracting(Nic::binding, Nic::network).containsExactly(tuple("macvtap", "ens3f0"));
    assertThat(vm("vault-sev", HOST_BOUND).devices()).extracting(Device::type, Device::description)
        .containsExactly(tuple("launch-security", "sev-snp policy 0x30000"));
  }

  @Test
  void proxmox_sev_virtiofs_raw_kernel_arguments_and_user_mode_nics() {
    assertThat(vm("qemu-server__sev-snp", file("proxmox", "qemu-server__sev-snp.conf")).devices())
        .extracting(Device::type, Device::description).containsExactly(tuple("launch-security", "sev-snp"));
    Vm build = vm("build-node", Path.of("fixtures/proxmox/102.conf"));
    assertThat(build.devices()).extracting(Device::type, Device::description)
        .containsExactly(tuple("filesystem", "virtiofs mapping build-cache"));
    assertThat(build.kernel().directBoot()).isTrue();
    assertThat(build.kernel().host().nestedVirtualization()).isTrue(); // -cpu host,+vmx in args
    assertThat(build.nics()).extracting(Nic::binding).containsExactly("bridge", "user");
    Vm ticketDb = vm("ticket-db", Path.of("fixtures/proxmox/101.conf"));
    assertThat(ticketDb.kernel().directBoot()).isFalse();
    assertThat(ticketDb.kernel().host().nestedVirtualization()).isNull(); // cpu: host, no flags
  }

  @Test
  void vmware_nested_virtualisation_shared_folders_and_switch_ports() {
    Vm devbox = vm("devbox", Path.of("fixtures/vmx/devbox.vmx"));
    assertThat(devbox.kernel().host().nestedVirtualization()).isTrue();
    assertThat(devbox.kernel().directBoot()).isFalse();
    assertThat(devbox.devices()).extracting(Device::type, Device::description)
        .containsExactly(tuple("filesystem", "VMware shared folder src from /Users/dev/src"));
    assertThat(devbox.nics()).extracting(Nic::binding).containsExactly("bridge");
    Vm fileserver = vm("fileserver", Path.of("fixtures/vmx/fileserver/fileserver.vmx"));
    assertThat(fileserver.kernel().host().nestedVirtualization()).isFalse(); // no vhv.enable: VMware's default
    assertThat(fileserver.nics()).filteredOn(Nic::sriov).extracting(Nic::binding).containsOnly("hostdev");
  }

  @Test
  void ovf_nested_hv_and_sriov_bindings() {
    Path nested = file("ovf", "govmomi__Nested-ESXi-3-Node-VSAN-Template.ovf");
    assertThat(vm("VSAN-Nested-ESXi-1", nested).kernel().host().nestedVirtualization()).isTrue();
    assertThat(vm("VSAN-Nested-ESXi-1", nested).kernel().directBoot()).isFalse();
    Vm win19 = vm("win19", file("ovf", "govmomi__win19.ovf"));
    assertThat(win19.kernel().host().nestedVirtualization()).isFalse();
    assertThat(vm("sriov-vm", file("ovf", "govmomi__sriovEthernetCard.ovf")).nics()).extracting(Nic::binding)
        .containsExactly("hostdev");
    // oVirt 4.4 writes an empty kernel path for a VM that boots from disk; this older export writes none
    assertThat(vm("billing01", Path.of("fixtures/ovf/ovirt-export.ovf")).kernel().directBoot()).isFalse();
    Vm older = vm("exporttedVM", file("ovf", "ovirt-engine__vmOvfData.xml"));
    assertThat(older.kernel() == null ? null : older.kernel().directBoot()).isNull();
  }

  @Test
  void ovirt_api_empty_kernel_boots_from_disk_and_vnics_sit_on_bridges() {
    Vm vm01 = vm("vm01", file("ovirt-api", "fog-ovirt__vm.xml"));
    assertThat(vm01.kernel().directBoot()).isFalse();
    Vm billing = vm("billing02", Path.of("fixtures/ovirt/billing02-follow.xml"));
    assertThat(billing.nics()).extracting(Nic::sriov, Nic::binding)
        .containsExactly(tuple(false, "bridge"), tuple(true, "hostdev"));
  }
}
