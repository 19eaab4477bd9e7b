package io.kubelift.inventory.libvirt;

import static io.kubelift.source.XmlNodes.attr;
import static io.kubelift.source.XmlNodes.child;
import static io.kubelift.source.XmlNodes.children;
import static io.kubelift.source.XmlNodes.descendants;

import io.kubelift.inventory.common.Hardware;
import io.kubelift.inventory.common.VmDraft;
import io.kubelift.model.Disk;
import io.kubelift.model.Nic;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.w3c.dom.Element;

/** The {@code <devices>} of a libvirt domain: disks, interfaces, host devices and ports. */
final class DomainDevices {
  private static final Map<String, String> BUS_BY_PREFIX = Map.of("vd", "virtio", "hd", "ide", "fd", "fdc");

  private DomainDevices() {}

  static void read(Element devices, VmDraft vm) {
    for (Element d : children(devices, "disk")) {
      Disk disk = disk(d);
      if (disk != null) {
        vm.disks.add(disk);
        noteBackingChain(d, disk.name(), vm);
      }
    }
    int i = 0;
    for (Element n : children(devices, "interface")) {
      vm.nics.add(nic(n, i++));
    }
    DomainHostDevices.read(devices, vm);
    vm.tpm = !children(devices, "tpm").isEmpty();
    vm.attribute("graphics", joinAll(children(devices, "graphics"), "type"));
    vm.guestAgent = agentConnected(devices);
  }

  private static Disk disk(Element d) {
    String device = attr(d, "device") == null ? "disk" : attr(d, "device");
    String type = attr(d, "type");
    String path = sourcePath(child(d, "source"));
    boolean removable = device.equals("cdrom") || device.equals("floppy");
    if (removable && path == null) {
      return null; // an empty drive holds nothing to move
    }
    Element target = child(d, "target");
    String dev = attr(target, "dev");
    String format = device.equals("cdrom") ? "iso" : Hardware.formatFromQemu(attr(child(d, "driver"), "type"));
    if (format == null && "file".equals(type)) {
      format = Hardware.formatFromPath(path);
    }
    boolean rawLun = device.equals("lun") || "nvme".equals(type);
    // A transient disk discards its writes when the domain stops, like VMware's independent-nonpersistent mode;
    // a CD-ROM is read-only whether or not <readonly/> says so.
    boolean transientDisk = child(d, "transient") != null;
    boolean readonly = child(d, "readonly") != null || device.equals("cdrom");
    return new Disk(dev, format, null, null, bus(attr(target, "bus"), dev), child(d, "shareable") != null, rawLun,
        transientDisk, null, path, readonly);
  }

  static String bus(String bus, String dev) {
    if (bus != null) {
      return bus.toLowerCase(Locale.ROOT);
    }
    return dev == null || dev.length() < 2 ? null : BUS_BY_PREFIX.get(dev.substring(0, 2));
  }

  /** The file, device, directory, network volume or pool volume behind a disk. */
  static String sourcePath(Element src) {
    if (src == null) {
      return null;
    }
    for (String a : new String[] {"file", "dev", "dir"}) {
      if (attr(src, a) != null) {
        return attr(src, a);
      }
    }
    if (attr(src, "protocol") != null) {
      Element host = child(src, "host");
      String where = host == null ? "" : attr(host, "name") != null ? attr(host, "name") : attr(host, "socket");
      return attr(src, "protocol") + "://" + (where == null ? "" : where) + "/" + (attr(src, "name") == null ? ""
          : attr(src, "name"));
    }
    if (attr(src, "pool") != null) {
      return attr(src, "pool") + "/" + attr(src, "volume");
    }
    Element addr = child(src, "address");
    return addr == null ? null : "nvme " + DomainHostDevices.pciAddress(addr) + " namespace " + attr(src, "namespace");
  }

  private static void noteBackingChain(Element d, String name, VmDraft vm) {
    int depth = 0;
    for (Element b = child(d, "backingStore"); b != null && child(b, "source") != null; b = child(b, "backingStore")) {
      depth++;
    }
    if (depth > 0) {
      vm.attribute("disk." + name + ".backingChain", String.valueOf(depth));
    }
  }

  private static Nic nic(Element n, int index) {
    String type = attr(n, "type") == null ? "" : attr(n, "type");
    Element src = child(n, "source");
    String network;
    switch (type) {
      case "network":
        network = attr(src, "network");
        break;
      case "bridge":
        network = attr(src, "bridge");
        break;
      case "direct":
      case "vdpa":
        network = attr(src, "dev");
        break;
      case "vhostuser":
        network = attr(src, "path");
        break;
      case "user":
        network = "user";
        break;
      default:
        network = null; // hostdev, ethernet, sockets: the physical segment is not in the domain
    }
    String name = attr(child(n, "alias"), "name");
    name = name != null ? name : attr(child(n, "target"), "dev") != null ? attr(child(n, "target"), "dev")
        : "net" + index;
    String mac = attr(child(n, "mac"), "address");
    boolean down = "down".equals(attr(child(n, "link"), "state"));
    return new Nic(name, network, Hardware.nicModel(attr(child(n, "model"), "type")), mac, null, null, null,
        type.equals("hostdev"), null, !down, binding(type));
  }

  /** The model's name for an interface type; {@code null} when the element has none (libvirt requires one). */
  static String binding(String type) {
    switch (type) {
      case "":
        return null;
      case "network": case "bridge": case "user": case "ethernet": case "hostdev": case "vdpa":
        return type;
      case "direct":
        return "macvtap";
      case "vhostuser":
        return "vhost-user";
      case "server": case "client": case "mcast": case "udp":
        return "socket";
      default:
        return "other"; // null, vds, internal: nothing a KubeVirt interface maps onto
    }
  }

  private static Boolean agentConnected(Element devices) {
    for (Element t : descendants(devices, "target")) {
      if ("org.qemu.guest_agent.0".equals(attr(t, "name")) && "connected".equals(attr(t, "state"))) {
        return true;
      }
    }
    return null;
  }

  private static String joinAll(List<Element> elements, String attribute) {
    List<String> out = new ArrayList<>();
    elements.forEach(e -> {
      if (attr(e, attribute) != null && !out.contains(attr(e, attribute))) {
        out.add(attr(e, attribute));
      }
    });
    return out.isEmpty() ? null : String.join(",", out);
  }

  static String join(String a, String b) {
    return a == null ? b : b == null ? a : a + " " + b;
  }
}
