package io.kubelift.inventory.rvtools;

import io.kubelift.inventory.text.Header;
import io.kubelift.inventory.text.Values;
import io.kubelift.model.Device;
import io.kubelift.model.Disk;
import io.kubelift.model.Nic;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Adds a row of vDisk, vNetwork, vSnapshot, vTools, vCD, vUSB or vPartition to its VM. Only what the columns say
 * is set: RVTools cannot tell a static address from DHCP, so {@code staticIp} stays unknown.
 */
final class DetailRows {
  private DetailRows() {}

  static void apply(Tab tab, Row r, VmDraft d) {
    switch (tab) {
      case VDISK:
        d.disks.add(disk(r, d));
        break;
      case VNETWORK:
        d.nics.add(nic(r, d));
        break;
      case VSNAPSHOT:
        d.snapshots++;
        break;
      case VTOOLS:
        d.tools = r.get(Col.TOOLS);
        d.attribute("toolsStatus", d.tools);
        d.attribute("toolsVersion", r.get(Col.TOOLS_VERSION));
        break;
      case VCD:
        cd(r, d);
        break;
      case VUSB:
        usb(r, d);
        break;
      case VPARTITION:
        Double capacity = r.number(Col.CAPACITY);
        Double free = r.number(Col.FREE);
        d.partitions++;
        d.partitionMiB += capacity == null ? 0 : capacity;
        d.partitionFreeMiB += free == null ? 0 : free;
        break;
      default:
        throw new IllegalArgumentException("not a detail tab: " + tab);
    }
  }

  /**
   * A vDisk row. "Raw" marks a raw device mapping, whose data is the LUN itself (format {@code raw}); "Sharing
   * mode" {@code sharingMultiWriter} or a SCSI bus shared between VMs ({@code physicalSharing} /
   * {@code virtualSharing}) make it shared; "Disk Mode" {@code independent_*} keeps it out of snapshots.
   */
  static Disk disk(Row r, VmDraft d) {
    String name = r.get(Col.DISK);
    Boolean raw = r.bool(Col.RAW);
    Double mib = r.number(Col.CAPACITY);
    String mode = r.get(Col.DISK_MODE);
    String m = mode == null ? "" : mode.toLowerCase(Locale.ROOT);
    Boolean independent = m.startsWith("independent") ? Boolean.TRUE
        : m.equals("persistent") || m.equals("nonpersistent") || m.equals("undoable") || m.equals("append")
            ? Boolean.FALSE : null;
    if (m.contains("nonpersistent")) {
      d.attribute("diskMode." + name, mode);
    }
    if (Boolean.TRUE.equals(raw)) {
      String lun = r.get(Col.RAW_LUN_ID);
      d.attribute("rdm." + name, (r.get(Col.RAW_MODE) == null ? "raw device mapping" : r.get(Col.RAW_MODE))
          + (lun == null ? "" : ", LUN " + lun));
    }
    Boolean thin = r.bool(Col.THIN);
    String provisioning = Boolean.TRUE.equals(raw) || thin == null ? null : thin ? "thin" : "thick";
    String format = raw == null ? null : raw ? "raw" : "vmdk";
    return new Disk(name, format, mib == null ? null : mib / 1024.0, provisioning, bus(r.get(Col.CONTROLLER)),
        shared(r.get(Col.SHARING_MODE), r.get(Col.SHARED_BUS)), raw, independent, null, r.get(Col.DISK_PATH));
  }

  static Boolean shared(String sharingMode, String sharedBus) {
    String mode = sharingMode == null ? null : sharingMode.toLowerCase(Locale.ROOT);
    String bus = sharedBus == null ? null : sharedBus.toLowerCase(Locale.ROOT);
    if (mode != null && mode.contains("multiwriter") || "physicalsharing".equals(bus) || "virtualsharing".equals(bus)) {
      return true;
    }
    boolean notShared = mode != null && mode.equals("sharingnone") || bus != null && bus.equals("nosharing");
    return notShared ? Boolean.FALSE : null;
  }

  static String bus(String controller) {
    if (controller == null) {
      return null;
    }
    String c = controller.toLowerCase(Locale.ROOT);
    if (c.contains("nvme")) {
      return "nvme";
    }
    if (c.contains("sata") || c.contains("ahci")) {
      return "sata";
    }
    if (c.contains("ide")) {
      return "ide";
    }
    boolean scsi = c.contains("scsi") || c.contains("lsi") || c.contains("buslogic") || c.contains("paravirtual");
    return scsi ? "scsi" : null;
  }

  /**
   * A vNetwork row. An SR-IOV passthrough adapter is {@code sriov}; the "Direct Path IO" column is UPT
   * (VMDirectPath Gen2) compatibility, on by default for VMXNET3 and active only on Cisco VM-FEX hardware, so it is
   * kept as an attribute rather than taken for passthrough. Every other vSphere adapter is a port on a virtual switch
   * (standard, distributed or NSX), so its binding is {@code bridge}; an SR-IOV adapter is a passed-through virtual
   * function, {@code hostdev}. vSphere has no userspace or vDPA datapath for a VM's NIC.
   */
  static Nic nic(Row r, VmDraft d) {
    String label = r.get(Col.NIC_LABEL);
    String model = model(r.get(Col.ADAPTER));
    if (r.get(Col.DIRECT_PATH_IO) != null) {
      d.attribute("directPathIO." + label, r.get(Col.DIRECT_PATH_IO));
    }
    List<String> addresses = new ArrayList<>();
    for (Col c : new Col[] {Col.IPV4, Col.IPV6}) {
      List<String> l = Values.list(r.get(c));
      if (l != null) {
        addresses.addAll(l);
      }
    }
    boolean knowsAddresses = r.has(Col.IPV4) || r.has(Col.IPV6);
    Boolean sriov = model == null ? null : "sriov".equals(model);
    return new Nic(label, r.get(Col.NETWORK), model, r.get(Col.MAC), knowsAddresses ? addresses : null, null, null,
        sriov, null, r.bool(Col.CONNECTED), sriov == null ? null : sriov ? "hostdev" : "bridge");
  }

  static String model(String adapter) {
    if (adapter == null) {
      return null;
    }
    String a = Header.key(adapter.toLowerCase(Locale.ROOT).replace("vim.vm.device.virtual", ""));
    if (a.contains("sriov") || a.contains("passthrough")) {
      return "sriov";
    }
    return a.startsWith("pcnet") ? "pcnet" : a.isEmpty() ? null : a;
  }

  /** A CD/DVD drive backed by an ISO image is a disk to carry over; a host or client drive is noted only. */
  private static void cd(Row r, VmDraft d) {
    String node = r.get(Col.DEVICE_NODE);
    String backing = r.get(Col.DEVICE_TYPE);
    if (backing != null && backing.toLowerCase(Locale.ROOT).endsWith(".iso")) {
      d.isos.add(new Disk(node, "iso", null, null, null, false, false, null, null, backing));
    } else if (backing != null) {
      d.attribute("cdrom." + node, backing);
    }
  }

  /** A USB device passed through to the VM; the virtual USB controller itself ties the VM to nothing. */
  private static void usb(Row r, VmDraft d) {
    String node = r.get(Col.DEVICE_NODE);
    String type = r.get(Col.DEVICE_TYPE);
    String both = ((node == null ? "" : node) + " " + (type == null ? "" : type)).strip();
    if (both.isEmpty() || both.toLowerCase(Locale.ROOT).contains("controller")) {
      return;
    }
    String family = r.get(Col.FAMILY);
    d.usb.add(new Device("usb", true, family == null ? both : both + " (" + family + ")"));
  }
}
