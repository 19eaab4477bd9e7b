package io.kubelift.inventory.libvirt;

import static io.kubelift.inventory.libvirt.DomainDevices.join;
import static io.kubelift.source.XmlNodes.attr;
import static io.kubelift.source.XmlNodes.child;
import static io.kubelift.source.XmlNodes.children;

import io.kubelift.inventory.common.VmDraft;
import io.kubelift.model.Device;
import io.kubelift.model.Disk;
import java.util.Locale;
import org.w3c.dom.Element;

/**
 * The devices of a libvirt domain that tie it to its host: passed-through PCI, USB, mediated and SCSI devices,
 * host directories shared into the guest, watchdogs, smart cards and serial or parallel ports that reach beyond the
 * guest.
 */
final class DomainHostDevices {
  private DomainHostDevices() {}

  static void read(Element devices, VmDraft vm) {
    for (Element h : children(devices, "hostdev")) {
      hostdev(h, vm);
    }
    for (Element w : children(devices, "watchdog")) {
      vm.devices.add(new Device("watchdog", false, join(attr(w, "model"), attr(w, "action"))));
    }
    ports(devices, vm);
    for (Element s : children(devices, "smartcard")) {
      vm.devices.add(new Device("smartcard", "host".equals(attr(s, "mode")), join(attr(s, "mode"), attr(s, "type"))));
    }
    for (Element f : children(devices, "filesystem")) {
      vm.devices.add(new Device("filesystem", true, filesystem(f)));
    }
  }

  /**
   * A shared host directory as {@code virtiofs /srv/data as data}: QEMU's 9p drivers ({@code path}, {@code handle},
   * or none given) and virtiofs both export a directory of the host that stays behind when the VM moves.
   */
  private static String filesystem(Element f) {
    String driver = attr(child(f, "driver"), "type");
    String kind = driver == null || driver.equals("path") || driver.equals("handle") ? "9p" : driver;
    String source = DomainDevices.sourcePath(child(f, "source"));
    String target = attr(child(f, "target"), "dir");
    return kind + " " + (source == null ? "?" : source) + (target == null ? "" : " as " + target);
  }

  private static void hostdev(Element h, VmDraft vm) {
    if (!"subsystem".equals(attr(h, "mode") == null ? "subsystem" : attr(h, "mode"))) {
      return; // capabilities mode passes host resources into LXC containers, not into KVM guests
    }
    String type = String.valueOf(attr(h, "type"));
    Element src = child(h, "source");
    switch (type) {
      case "pci":
        vm.devices.add(new Device("pci", true, "pci " + pciAddress(child(src, "address"))));
        break;
      case "usb":
        vm.devices.add(new Device("usb", true, usb(src)));
        break;
      case "mdev":
        String model = attr(h, "model");
        vm.devices.add(new Device("vfio-pci".equals(model) ? "vgpu" : "pci", true,
            "mdev " + model + " " + attr(child(src, "address"), "uuid")));
        break;
      case "scsi":
      case "scsi_host":
        String path = attr(child(src, "adapter"), "name") != null ? attr(child(src, "adapter"), "name")
            : attr(src, "wwpn") != null ? "vhost-scsi " + attr(src, "wwpn") : DomainDevices.sourcePath(src);
        vm.disks.add(new Disk("hostdev-" + type + "-" + vm.disks.size(), null, null, null, "scsi", false, true,
            false, null, path));
        break;
      default:
        vm.devices.add(new Device("pci", true, "hostdev " + type));
    }
  }

  private static String usb(Element src) {
    String vendor = attr(child(src, "vendor"), "id");
    String product = attr(child(src, "product"), "id");
    Element addr = child(src, "address");
    return vendor != null ? "usb " + vendor + ":" + product
        : "usb bus " + attr(addr, "bus") + " device " + attr(addr, "device");
  }

  static String pciAddress(Element a) {
    if (a == null) {
      return "?";
    }
    return String.format(Locale.ROOT, "%04x:%02x:%02x.%x", hex(attr(a, "domain")), hex(attr(a, "bus")),
        hex(attr(a, "slot")), hex(attr(a, "function")));
  }

  private static int hex(String v) {
    if (v == null) {
      return 0;
    }
    try {
      return v.startsWith("0x") ? Integer.parseInt(v.substring(2), 16) : Integer.parseInt(v);
    } catch (NumberFormatException e) {
      return 0;
    }
  }

  /** Serial and parallel ports other than the pty console every domain has; those reach equipment or networks. */
  private static void ports(Element devices, VmDraft vm) {
    for (Element p : children(devices, "serial", "parallel")) {
      String type = attr(p, "type") == null ? "pty" : attr(p, "type");
      if (type.equals("pty") || type.equals("null") || type.equals("vc")) {
        continue;
      }
      Element src = child(p, "source");
      String where = attr(src, "path") != null ? attr(src, "path")
          : attr(src, "host") != null ? attr(src, "host") + ":" + attr(src, "service") : attr(src, "channel");
      vm.devices.add(new Device(io.kubelift.source.XmlNodes.name(p), type.equals("dev"),
          join(type, where)));
    }
  }
}
