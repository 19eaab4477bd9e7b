package io.kubelift.inventory.proxmox;

import io.kubelift.inventory.common.Hardware;
import io.kubelift.inventory.common.Units;
import io.kubelift.inventory.common.VirtioBoot;
import io.kubelift.inventory.common.VmDraft;
import io.kubelift.model.Device;
import io.kubelift.model.Disk;
import io.kubelift.model.Nic;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Disks ({@code scsiN}, {@code virtioN}, {@code sataN}, {@code ideN}), NICs ({@code netN} with the address of
 * {@code ipconfigN}), passthrough ({@code hostpciN}, {@code usbN}), shared directories ({@code virtiofsN}), AMD SEV
 * and ports of a Proxmox VE VM.
 */
final class PveDevices {
  private static final Pattern DISK = Pattern.compile("(scsi|virtio|sata|ide)(\\d+)");
  private static final Pattern INDEXED = Pattern.compile("(net|hostpci|usb|serial|parallel|virtiofs)(\\d+)");
  private static final List<String> NIC_MODELS = List.of("virtio", "e1000", "e1000e", "rtl8139", "vmxnet3",
      "i82551", "i82557b", "i82559er", "ne2k_pci", "ne2k_isa", "pcnet");

  private PveDevices() {}

  static void read(PveConfig c, VmDraft vm) {
    for (Map.Entry<String, String> e : c.main.entrySet()) {
      Matcher d = DISK.matcher(e.getKey());
      Matcher i = INDEXED.matcher(e.getKey());
      if (d.matches()) {
        disk(e.getKey(), d.group(1), e.getValue(), vm);
      } else if (i.matches()) {
        indexed(i.group(1), i.group(2), e.getValue(), c, vm);
      }
    }
    if (c.get("watchdog") != null) {
      Map<String, String> w = PveConfig.options(c.get("watchdog"));
      vm.devices.add(new Device("watchdog", false, w.getOrDefault("model", w.get(""))));
    }
    if (c.get("amd-sev") != null) {
      Map<String, String> sev = PveConfig.options(c.get("amd-sev"));
      String type = sev.containsKey("type") ? sev.get("type") : sev.getOrDefault("", "std");
      vm.devices.add(new Device("launch-security", false, type.equals("std") ? "sev" : "sev-" + type));
    }
  }

  /**
   * Whether the boot disk is on virtio ({@link VirtioBoot}): the first hard disk of {@code boot: order=…}, else the
   * legacy {@code bootdisk}. A SCSI disk is virtio-scsi only under {@code scsihw: virtio-scsi-pci} or
   * {@code virtio-scsi-single}; without {@code scsihw} Proxmox emulates an LSI controller.
   */
  static Boolean virtioBoot(PveConfig c) {
    String boot = null;
    String order = PveConfig.options(c.get("boot")).get("order");
    for (String dev : order == null ? new String[0] : order.split(";")) {
      String d = dev.strip();
      if (boot == null && DISK.matcher(d).matches() && c.get(d) != null
          && !"cdrom".equals(PveConfig.options(c.get(d)).get("media"))) {
        boot = d;
      }
    }
    Matcher m = DISK.matcher(boot != null ? boot : order != null ? "" : String.valueOf(c.get("bootdisk")));
    return m.matches() ? VirtioBoot.of(m.group(1), String.valueOf(c.get("scsihw")).startsWith("virtio-scsi")) : null;
  }

  private static void disk(String key, String bus, String value, VmDraft vm) {
    Map<String, String> o = PveConfig.options(value);
    String volume = o.containsKey("") ? o.get("") : o.get("file");
    boolean cdrom = "cdrom".equals(o.get("media"));
    if (volume == null || volume.equals("none") || volume.contains("cloudinit")) {
      return; // an empty drive, or the cloud-init drive Proxmox generates at start
    }
    Double gib = Units.gib(Units.suffixedBytes(o.get("size")));
    if (cdrom) {
      if (!volume.equals("cdrom")) { // "cdrom" is the host's physical drive
        vm.disks.add(new Disk(key, "iso", gib, null, bus, false, false, false, null, volume));
      }
      return;
    }
    boolean device = volume.startsWith("/dev/");
    String format = o.get("format") != null ? o.get("format") : device ? null : formatOf(volume);
    vm.disks.add(new Disk(key, format, gib, null, bus, false, device, false, null, volume));
  }

  /**
   * Block storages (LVM, LVM-thin, RBD, ZFS, iSCSI) hold raw volumes named without an extension; file storages
   * name every volume with its format's extension.
   */
  private static String formatOf(String volume) {
    String name = volume.substring(volume.indexOf(':') + 1);
    String ext = Hardware.formatFromPath(name);
    return ext != null ? ext : name.contains(".") ? null : "raw";
  }

  private static void indexed(String kind, String n, String value, PveConfig c, VmDraft vm) {
    Map<String, String> o = PveConfig.options(value);
    switch (kind) {
      case "net":
        vm.nics.add(nic("net" + n, o, PveConfig.options(c.get("ipconfig" + n))));
        break;
      case "hostpci":
        String what = o.containsKey("mapping") ? "mapping " + o.get("mapping") : "pci " + o.get("");
        boolean mdev = o.containsKey("mdev");
        vm.devices.add(new Device(mdev ? "vgpu" : "1".equals(o.get("x-vga")) ? "gpu" : "pci", true,
            mdev ? what + " mdev " + o.get("mdev") : what));
        break;
      case "virtiofs": // a directory mapping of the node, exported with virtiofsd
        vm.devices.add(new Device("filesystem", true, "virtiofs mapping " + o.get("")));
        break;
      case "usb":
        String host = o.containsKey("host") ? o.get("host") : o.get("mapping");
        if (host != null && !host.equals("spice")) { // spice redirects a client's device, not the host's
          vm.devices.add(new Device("usb", true, "usb " + host));
        }
        break;
      default:
        String port = o.get("");
        if (port != null && port.startsWith("/dev/")) { // "socket" is the serial console, as on any VM
          vm.devices.add(new Device(kind, true, port));
        }
    }
  }

  private static Nic nic(String name, Map<String, String> o, Map<String, String> ip) {
    String model = null;
    String mac = null;
    for (String m : NIC_MODELS) {
      if (o.containsKey(m)) {
        model = Hardware.nicModel(m);
        mac = o.get(m).isEmpty() ? null : o.get(m);
      }
    }
    if (model == null && o.containsKey("model")) {
      model = Hardware.nicModel(o.get("model"));
      mac = o.get("macaddr");
    }
    String network = o.get("bridge") == null ? null : o.get("bridge") + (o.containsKey("tag")
        ? " vlan " + o.get("tag") : "");
    List<String> addresses = new ArrayList<>();
    for (String k : new String[] {"ip", "ip6"}) {
      if (ip.get(k) != null && ip.get(k).contains("/")) {
        addresses.add(ip.get(k));
      }
    }
    Boolean staticIp = ip.isEmpty() ? null : !addresses.isEmpty();
    // Without a bridge Proxmox gives the NIC QEMU's user-mode NAT network.
    return new Nic(name, network, model, mac, ip.isEmpty() ? null : addresses, staticIp, null, false, null,
        !"1".equals(o.get("link_down")), o.get("bridge") == null ? "user" : "bridge");
  }
}
