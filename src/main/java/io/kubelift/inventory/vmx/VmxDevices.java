package io.kubelift.inventory.vmx;

import io.kubelift.inventory.common.Hardware;
import io.kubelift.inventory.common.VmDraft;
import io.kubelift.model.Device;
import io.kubelift.model.Disk;
import io.kubelift.model.Nic;
import java.util.Locale;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The virtual devices of a .vmx: disks and CD-ROMs by controller slot, NICs, passthrough and port devices, shared
 * folders.
 */
final class VmxDevices {
  private static final Pattern SLOT = Pattern.compile("(scsi|sata|ide|nvme)(\\d+):(\\d+)\\.present");
  private static final Pattern NUMBERED =
      Pattern.compile("(ethernet|pcipassthru|serial|parallel|sharedfolder)(\\d+)\\.present");
  private static final Pattern DELTA = Pattern.compile("(?i).*-\\d{6}\\.vmdk");
  private static final Pattern USB_AUTOCONNECT = Pattern.compile("usb\\.autoconnect\\.device\\d+");

  private VmxDevices() {}

  /** Reads the devices; returns the number of disks running on snapshot deltas. */
  static int read(VmxFile vmx, java.nio.file.Path dir, VmDraft vm) {
    int deltas = 0;
    for (String slot : matching(vmx, SLOT)) {
      Matcher m = SLOT.matcher(slot + ".present");
      m.matches();
      boolean controllerOn = m.group(1).equals("ide") || vmx.present(m.group(1) + m.group(2));
      if (vmx.present(slot) && controllerOn) {
        deltas += disk(vmx, slot, m.group(1) + m.group(2), dir, vm) ? 1 : 0;
      }
    }
    for (String dev : matching(vmx, NUMBERED)) {
      if (vmx.present(dev)) {
        numbered(vmx, dev, vm);
      }
    }
    for (String key : vmx.keys()) {
      if (USB_AUTOCONNECT.matcher(key).matches()) {
        vm.devices.add(new Device("usb", true, "usb auto-connect " + vmx.get(key)));
      }
    }
    if (vmx.present("vwdt")) {
      vm.devices.add(new Device("watchdog", false, "VMware virtual watchdog timer"));
    }
    return deltas;
  }

  /** Adds a disk or CD-ROM image; true when the disk is a snapshot delta. */
  private static boolean disk(VmxFile vmx, String slot, String controller, java.nio.file.Path dir, VmDraft vm) {
    String bus = controller.replaceAll("\\d+$", "");
    String type = String.valueOf(vmx.get(slot + ".deviceType")).toLowerCase(Locale.ROOT);
    String file = vmx.get(slot + ".fileName");
    if (type.startsWith("cdrom") || type.equals("atapi-cdrom")) {
      if (type.equals("cdrom-image") && file != null && !file.equals("emptyBackingString")) {
        vm.disks.add(new Disk(slot, "iso", null, null, bus, false, false, false, null, file));
      }
      return false; // host drives and empty drives carry nothing to move
    }
    boolean passthrough = type.equals("rawdisk") || type.equals("scsi-passthru");
    String mode = String.valueOf(vmx.get(slot + ".mode")).toLowerCase(Locale.ROOT);
    boolean shared = "multi-writer".equalsIgnoreCase(vmx.get(slot + ".sharing"))
        || vmx.get(controller + ".sharedBus") != null && !"none".equalsIgnoreCase(vmx.get(controller + ".sharedBus"))
        || Boolean.FALSE.equals(vmx.bool("disk.locking"));
    // A .vmx cannot tell a virtual disk from a raw device mapping: that is in the .vmdk descriptor.
    VmdkDescriptor descriptor = passthrough ? null : VmdkDescriptor.near(dir, file);
    Boolean rawLun = passthrough ? Boolean.TRUE : descriptor.rawLun();
    Double gib = passthrough ? null : descriptor.capacityGiB();
    vm.disks.add(new Disk(slot, passthrough ? null : Hardware.formatFromPath(file), gib, null, bus, shared, rawLun,
        mode.startsWith("independent"), null, file));
    return file != null && DELTA.matcher(file).matches();
  }

  private static void numbered(VmxFile vmx, String dev, VmDraft vm) {
    if (dev.startsWith("ethernet")) {
      vm.nics.add(nic(vmx, dev));
    } else if (dev.startsWith("sharedfolder")) {
      sharedFolder(vmx, dev, vm);
    } else if (dev.startsWith("pcipassthru")) {
      String vgpu = vmx.get(dev + ".vgpu");
      vm.devices.add(new Device(vgpu != null ? "vgpu" : "pci", true, vgpu != null ? "vGPU " + vgpu
          : "pci " + first(vmx.get(dev + ".id"), vmx.get(dev + ".deviceId"))));
    } else {
      String fileType = String.valueOf(vmx.get(dev + ".fileType"));
      String target = first(vmx.get(dev + ".vspc"), vmx.get(dev + ".fileName"));
      vm.devices.add(new Device(dev.startsWith("serial") ? "serial" : "parallel", fileType.equals("device"),
          target == null ? fileType : fileType + " " + target));
    }
  }

  /** A Workstation/Fusion shared folder: a host directory the guest mounts over HGFS, unless HGFS is disabled. */
  private static void sharedFolder(VmxFile vmx, String dev, VmDraft vm) {
    if (Boolean.TRUE.equals(vmx.bool("isolation.tools.hgfs.disable"))
        || Boolean.FALSE.equals(vmx.bool(dev + ".enabled"))) {
      return;
    }
    vm.devices.add(new Device("filesystem", true, "VMware shared folder " + vmx.get(dev + ".guestName") + " from "
        + vmx.get(dev + ".hostPath")));
  }

  private static Nic nic(VmxFile vmx, String dev) {
    String model = vmx.get(dev + ".virtualDev");
    boolean sriov = "sriov".equalsIgnoreCase(model);
    String network = first(vmx.get(dev + ".networkName"), vmx.get(dev + ".opaqueNetwork.id"),
        vmx.get(dev + ".dvs.portgroupId"), vmx.get(dev + ".vnet"), vmx.get(dev + ".connectionType"));
    String mac = first(vmx.get(dev + ".address"), vmx.get(dev + ".generatedAddress"));
    Boolean connected = vmx.bool(dev + ".startConnected");
    // Every other VMware NIC is a port on a virtual switch (vSwitch, distributed switch, NSX, a Workstation vmnet).
    return new Nic(dev, network, sriov ? null : Hardware.nicModel(model), mac, null, null, null, sriov, null,
        connected == null ? Boolean.TRUE : connected, sriov ? "hostdev" : "bridge");
  }

  private static Iterable<String> matching(VmxFile vmx, Pattern p) {
    TreeSet<String> out = new TreeSet<>(VmxDevices::naturalOrder);
    for (String k : vmx.keys()) {
      if (p.matcher(k).matches()) {
        out.add(k.substring(0, k.length() - ".present".length()));
      }
    }
    return out;
  }

  /** Orders {@code ethernet2} before {@code ethernet10}. */
  private static int naturalOrder(String a, String b) {
    String pa = a.replaceAll("\\d+", ""), pb = b.replaceAll("\\d+", "");
    if (!pa.equals(pb)) {
      return a.compareTo(b);
    }
    String[] na = a.replaceAll("\\D+", " ").trim().split(" "), nb = b.replaceAll("\\D+", " ").trim().split(" ");
    for (int i = 0; i < Math.min(na.length, nb.length); i++) {
      int c = Long.compare(Long.parseLong(na[i]), Long.parseLong(nb[i]));
      if (c != 0) {
        return c;
      }
    }
    return Integer.compare(na.length, nb.length);
  }

  private static String first(String... values) {
    for (String v : values) {
      if (v != null) {
        return v;
      }
    }
    return null;
  }
}
