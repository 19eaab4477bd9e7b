package io.kubelift.inventory;

import static org.assertj.core.api.Assertions.assertThat;

import io.kubelift.model.Vm;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The platform readers state that a guest has virtio drivers where it boots from a virtio disk (virtio-blk or
 * virtio-scsi), and leave it unknown otherwise: a guest on IDE, SATA or an emulated SCSI controller may or may not
 * have them, and a virtio NIC alone does not show the storage driver.
 */
class VirtioEvidenceTest {
  @TempDir Path tmp;

  private Vm domain(String os, String devices) throws IOException {
    Path f = tmp.resolve("d.xml");
    Files.writeString(f, "<domain type='kvm' id='3'><name>g</name><os><type arch='x86_64'>hvm</type>" + os
        + "</os><devices>" + devices + "</devices></domain>");
    return VirtCorpus.vm("g", f);
  }

  private static String disk(String dev, String bus, String more) {
    return "<disk type='file' device='disk'><source file='/i/" + dev + ".qcow2'/><target dev='" + dev + "' bus='"
        + bus + "'/>" + more + "</disk>";
  }

  @Test
  void a_libvirt_guest_booting_from_virtio_blk_or_virtio_scsi_has_the_drivers() throws IOException {
    assertThat(domain("<boot dev='hd'/>", disk("vda", "virtio", "")).virtioDrivers()).isTrue();
    assertThat(domain("", disk("sda", "scsi", "<address type='drive' controller='1'/>")
        + "<controller type='scsi' index='0' model='lsilogic'/>"
        + "<controller type='scsi' index='1' model='virtio-scsi'/>").virtioDrivers()).isTrue();
    assertThat(domain("<boot dev='cdrom'/>", "<disk type='file' device='cdrom'><source file='/i/x.iso'/>"
        + "<target dev='sdb' bus='sata'/></disk>" + disk("hda", "ide", "<boot order='2'/>")
        + disk("vdb", "virtio", "<boot order='5'/>")).virtioDrivers())
        .as("the disk of the lowest boot order is on IDE").isNull();
  }

  @Test
  void a_libvirt_guest_on_ide_an_emulated_scsi_controller_or_the_network_stays_unknown() throws IOException {
    assertThat(domain("<boot dev='hd'/>", disk("hda", "ide", "") + disk("vdb", "virtio", "")
        + "<interface type='bridge'><source bridge='br0'/><model type='virtio'/></interface>").virtioDrivers())
        .as("data disk and NIC on virtio, boot disk on IDE").isNull();
    assertThat(domain("", disk("sda", "scsi", "") + "<controller type='scsi' index='0' model='lsilogic'/>")
        .virtioDrivers()).isNull();
    assertThat(domain("<boot dev='network'/>", disk("vda", "virtio", "")).virtioDrivers()).as("PXE").isNull();
  }

  @Test
  void the_estate_kvm_domains_boot_from_virtio() {
    Vm grafana = VirtCorpus.vm("grafana01", Path.of("fixtures/estate/kvm/kvm02/grafana01.xml"));
    assertThat(grafana.virtioDrivers()).isTrue();
    Vm nfs = VirtCorpus.vm("nfs01", Path.of("fixtures/estate/kvm/kvm01/nfs01.xml"));
    assertThat(nfs.virtioDrivers()).isTrue();
  }

  private Vm proxmox(String conf) throws IOException {
    Path f = tmp.resolve("200.conf");
    Files.writeString(f, "name: g\nostype: win10\n" + conf);
    return VirtCorpus.vm("g", f);
  }

  @Test
  void proxmox_reads_the_boot_order_and_the_scsi_hardware() throws IOException {
    assertThat(VirtCorpus.vm("ticket-db", Path.of("fixtures/proxmox/101.conf")).virtioDrivers())
        .as("scsi0 on virtio-scsi-single").isTrue();
    assertThat(proxmox("boot: order=ide2;virtio0;net0\nide2: local:iso/w.iso,media=cdrom\n"
        + "virtio0: local-lvm:vm-200-disk-0,size=40G\n").virtioDrivers()).as("the CD-ROM comes first").isTrue();
    assertThat(proxmox("bootdisk: scsi0\nscsi0: local-lvm:vm-200-disk-0,size=40G\n").virtioDrivers())
        .as("no scsihw: an emulated LSI controller").isNull();
    assertThat(proxmox("boot: order=sata0\nsata0: local-lvm:vm-200-disk-0,size=40G\nscsihw: virtio-scsi-pci\n")
        .virtioDrivers()).isNull();
  }

  @Test
  void ovirt_names_the_bootable_disk_and_its_interface() {
    Vm billing = VirtCorpus.vm("billing02", Path.of("fixtures/ovirt/billing02-follow.xml"));
    assertThat(billing.virtioDrivers()).as("bootable attachment on virtio_scsi").isTrue();
    Vm exported = VirtCorpus.vm("qms01", Path.of("fixtures/estate/ovf/rhv-export/qms01.ovf"));
    assertThat(exported.virtioDrivers()).as("ovf:boot disk on VirtIO_SCSI").isTrue();
    Vm vmware = VirtCorpus.vm("hist01", Path.of("fixtures/estate/ovf/werk2-esxi/hist01.ovf"));
    assertThat(vmware.virtioDrivers()).as("a VMware export states nothing of virtio").isNull();
  }
}
