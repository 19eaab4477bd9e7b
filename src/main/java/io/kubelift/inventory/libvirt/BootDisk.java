package io.kubelift.inventory.libvirt;

import static io.kubelift.source.XmlNodes.attr;
import static io.kubelift.source.XmlNodes.child;
import static io.kubelift.source.XmlNodes.children;

import io.kubelift.inventory.common.Units;
import io.kubelift.inventory.common.VirtioBoot;
import java.util.ArrayList;
import java.util.List;
import org.w3c.dom.Element;

/**
 * The disk a libvirt domain boots from, and whether it is on virtio ({@link VirtioBoot}). The boot disk is the disk
 * with the lowest per-device {@code <boot order>}; without one, the first hard disk when the domain boots from
 * {@code hd} (the default when {@code <os>} names no boot device) or loads a kernel from the host, whose root the
 * first disk then holds. A domain that boots only from the network or a CD-ROM has none.
 */
final class BootDisk {
  private BootDisk() {}

  static Boolean virtio(Element os, Element devices) {
    Element disk = of(os, devices);
    if (disk == null) {
      return null;
    }
    Element target = child(disk, "target");
    String bus = DomainDevices.bus(attr(target, "bus"), attr(target, "dev"));
    return VirtioBoot.of(bus, "scsi".equals(bus) && virtioScsi(disk, devices));
  }

  private static Element of(Element os, Element devices) {
    List<Element> disks = new ArrayList<>();
    for (Element d : children(devices, "disk")) {
      if (attr(d, "device") == null || "disk".equals(attr(d, "device"))) {
        disks.add(d);
      }
    }
    Element ordered = null;
    int lowest = Integer.MAX_VALUE;
    for (Element d : disks) {
      Integer order = Units.parseInt(attr(child(d, "boot"), "order"));
      if (order != null && order < lowest) {
        lowest = order;
        ordered = d;
      }
    }
    if (ordered != null || disks.isEmpty()) {
      return ordered;
    }
    List<Element> boots = children(os, "boot");
    boolean fromDisk = boots.isEmpty() || child(os, "kernel") != null
        || boots.stream().anyMatch(b -> "hd".equals(attr(b, "dev")));
    return fromDisk ? disks.get(0) : null;
  }

  /** Whether the SCSI controller the disk's drive address names (controller 0 without one) is virtio-scsi. */
  private static boolean virtioScsi(Element disk, Element devices) {
    Element address = child(disk, "address");
    String index = address != null && attr(address, "controller") != null ? attr(address, "controller") : "0";
    for (Element c : children(devices, "controller")) {
      String cIndex = attr(c, "index") == null ? "0" : attr(c, "index");
      if ("scsi".equals(attr(c, "type")) && index.equals(cIndex)) {
        return String.valueOf(attr(c, "model")).startsWith("virtio");
      }
    }
    return false;
  }
}
