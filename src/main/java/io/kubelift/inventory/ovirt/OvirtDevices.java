package io.kubelift.inventory.ovirt;

import static io.kubelift.source.XmlNodes.attr;
import static io.kubelift.source.XmlNodes.child;
import static io.kubelift.source.XmlNodes.children;
import static io.kubelift.source.XmlNodes.descendants;
import static io.kubelift.source.XmlNodes.text;

import io.kubelift.inventory.common.Hardware;
import io.kubelift.inventory.common.Units;
import io.kubelift.inventory.common.VirtioBoot;
import io.kubelift.inventory.common.VmDraft;
import io.kubelift.model.Device;
import io.kubelift.model.Disk;
import io.kubelift.model.Nic;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.w3c.dom.Element;

/** Disks, NICs, host devices and snapshots embedded in an oVirt API VM, or standing alone in a collection. */
final class OvirtDevices {
  private OvirtDevices() {}

  static void read(Element vm, VmDraft draft) {
    Element attachments = child(vm, "disk_attachments");
    Element disks = child(vm, "disks");
    if (attachments != null) {
      draft.disks = new ArrayList<>();
      for (Element a : children(attachments, "disk_attachment")) {
        draft.disks.add(disk(child(a, "disk"), a));
        virtioBoot(a, draft);
      }
    } else if (disks != null) {
      draft.disks = new ArrayList<>();
      children(disks, "disk").forEach(d -> {
        draft.disks.add(disk(d, d));
        virtioBoot(d, draft);
      });
    } else {
      draft.disks = null;
    }
    Element nics = child(vm, "nics");
    draft.nics = nics == null ? null : new ArrayList<>();
    children(nics, "nic").forEach(n -> draft.nics.add(nic(n)));
    Element hostDevices = child(vm, "host_devices");
    draft.devices = hostDevices == null ? null : new ArrayList<>();
    children(hostDevices, "host_device").forEach(h -> draft.devices.add(new Device("pci", true,
        text(h, "name") != null ? text(h, "name") : attr(h, "id"))));
    Element snapshots = child(vm, "snapshots");
    if (snapshots != null) {
      int regular = 0;
      for (Element s : children(snapshots, "snapshot")) {
        regular += "active".equals(text(s, "snapshot_type")) ? 0 : 1; // "active" is the running VM itself
      }
      draft.snapshots = regular;
    }
  }

  /** A bootable attachment on {@code virtio} or {@code virtio_scsi} shows the guest has the drivers. */
  private static void virtioBoot(Element attachment, VmDraft draft) {
    if (Boolean.TRUE.equals(Hardware.bool(text(attachment, "bootable")))) {
      String bus = Hardware.ovirtBus(text(attachment, "interface"));
      draft.virtioDrivers = VirtioBoot.of(bus, "virtio_scsi".equalsIgnoreCase(text(attachment, "interface")));
    }
  }

  /** A disk; {@code where} carries the attachment's interface in API v4 and the disk's own in v3. */
  static Disk disk(Element d, Element where) {
    if (d == null) {
      d = where;
    }
    boolean lun = "lun".equals(text(d, "storage_type")) || child(d, "lun_storage") != null;
    String format = text(d, "format");
    Double bytes = Units.parseDouble(text(d, "provisioned_size") != null ? text(d, "provisioned_size")
        : text(d, "size"));
    if (lun && bytes == null) {
      bytes = Units.parseDouble(firstText(descendants(d, "size")));
    }
    Boolean sparse = Hardware.bool(text(d, "sparse"));
    String name = text(d, "alias") != null ? text(d, "alias") : text(d, "name");
    return new Disk(name != null ? name : attr(d, "id"), lun ? null : "cow".equals(format) ? "qcow2" : format,
        Units.gib(bytes), sparse == null ? null : sparse ? "thin" : "thick", Hardware.ovirtBus(text(where, "interface")),
        Hardware.bool(text(d, "shareable")), lun, false, null, attr(d, "href"),
        Hardware.bool(text(where, "read_only")));
  }

  static Nic nic(Element n) {
    String iface = String.valueOf(text(n, "interface")).toLowerCase(Locale.ROOT);
    boolean passthrough = iface.equals("pci_passthrough");
    String network = text(child(n, "vnic_profile"), "name") != null ? text(child(n, "vnic_profile"), "name")
        : text(child(n, "network"), "name");
    List<String> ips = new ArrayList<>();
    for (Element ip : descendants(n, "ip")) {
      if (attr(ip, "address") != null || text(ip, "address") != null) {
        ips.add(attr(ip, "address") != null ? attr(ip, "address") : text(ip, "address"));
      }
    }
    Element mac = child(n, "mac");
    // A vNIC sits on its logical network's host bridge (Linux bridge or OVN); pci_passthrough is an SR-IOV VF.
    return new Nic(text(n, "name"), network, passthrough || iface.equals("null") ? null : Hardware.nicModel(iface),
        attr(mac, "address") != null ? attr(mac, "address") : text(mac, "address"), ips.isEmpty() ? null : ips, null,
        null, passthrough, null, Hardware.bool(text(n, "linked")), passthrough ? "hostdev" : "bridge");
  }

  private static String firstText(List<Element> es) {
    return es.isEmpty() ? null : text(es.get(0));
  }
}
