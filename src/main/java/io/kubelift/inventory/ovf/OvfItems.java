package io.kubelift.inventory.ovf;

import static io.kubelift.source.XmlNodes.attr;
import static io.kubelift.source.XmlNodes.children;
import static io.kubelift.source.XmlNodes.text;

import io.kubelift.inventory.common.Hardware;
import io.kubelift.inventory.common.Units;
import io.kubelift.inventory.common.VirtioBoot;
import io.kubelift.inventory.common.VmDraft;
import io.kubelift.model.Device;
import io.kubelift.model.Disk;
import io.kubelift.model.Nic;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.w3c.dom.Element;

/**
 * The resource items of an OVF virtual hardware section (DMTF CIM resource types: 3 processor, 4 memory, 10
 * Ethernet, 14/15/16 floppy and CD/DVD, 17 disk, 21/22 serial and parallel ports, 1 other) as CPUs, memory,
 * disks, NICs and devices. Disk controllers (5 IDE, 6 SCSI, 20 other storage) give the disks their bus.
 */
final class OvfItems {
  private static final String[] OVIRT_NIC = {"rtl8139_pv", "rtl8139", "e1000", "virtio", "spapr-vlan", null};

  private final OvfEnvelope env;
  private final VmDraft vm;
  private final Map<String, Element> byInstance = new HashMap<>();
  private final Set<Element> used = new HashSet<>();

  private OvfItems(OvfEnvelope env, VmDraft vm) {
    this.env = env;
    this.vm = vm;
  }

  static void read(List<Element> items, OvfEnvelope env, VmDraft vm) {
    OvfItems r = new OvfItems(env, vm);
    items.forEach(i -> r.byInstance.put(field(i, "InstanceID"), i));
    items.forEach(r::item);
    if (env.ovirt) {
      // oVirt lists direct LUNs and some images only in its DiskSection, not among the hardware items.
      env.disks.values().stream().filter(d -> !r.used.contains(d)).forEach(d -> r.disk(null, d));
    }
  }

  /** A rasd/sasd/epasd field; oVirt spells InstanceID as InstanceId. */
  static String field(Element item, String name) {
    String v = text(item, name);
    return v != null || !name.equals("InstanceID") ? v : text(item, "InstanceId");
  }

  private void item(Element i) {
    Integer type = Units.parseInt(field(i, "ResourceType"));
    String sub = String.valueOf(field(i, "ResourceSubType")).toLowerCase(Locale.ROOT);
    switch (type == null ? -1 : type) {
      case 3:
        vm.cpus = field(i, "VirtualQuantity") != null ? Units.parseInt(field(i, "VirtualQuantity"))
            : Units.product(Units.parseInt(field(i, "num_of_sockets")), Units.parseInt(field(i, "cpu_per_socket")),
                field(i, "threads_per_cpu") == null ? 1 : Units.parseInt(field(i, "threads_per_cpu")));
        break;
      case 4:
        Double q = Units.parseDouble(field(i, "VirtualQuantity"));
        Double unit = Units.byteUnit(field(i, "AllocationUnits"));
        vm.memoryMiB = q == null || unit == null ? null : Units.mib(q * unit);
        break;
      case 17:
        disk(i);
        break;
      case 14: case 15: case 16:
        removable(i, type == 14 ? "fdc" : null);
        break;
      case 10:
        vm.nics.add(nic(i, sub));
        break;
      case 21: case 22:
        vm.devices.add(new Device(type == 21 ? "serial" : "parallel", sub.endsWith(".device"), label(i)));
        break;
      default:
        other(i, sub);
    }
  }

  private void disk(Element i) {
    String host = field(i, "HostResource");
    Element d = env.diskFor(host);
    if (d == null) {
      vm.disks.add(new Disk(label(i), null, null, null, bus(i), false, false, false, null, host));
    } else {
      disk(i, d);
    }
  }

  private void disk(Element i, Element d) {
    used.add(d);
    Element file = env.files.get(attr(d, "fileRef"));
    Map<String, String> config = i == null ? Map.of() : OvfSystem.config(i);
    boolean lun = attr(d, "lun_id") != null || file != null && "LUN".equals(attr(file, "disk_storage_type"));
    String volumeType = String.valueOf(attr(d, "volume-type")).toLowerCase(Locale.ROOT);
    String provisioning = volumeType.equals("sparse") ? "thin" : volumeType.equals("preallocated") ? "thick"
        : thin(config.get("backing.thinProvisioned"));
    boolean shared = Boolean.TRUE.equals(Hardware.bool(attr(d, "shareable")))
        || "sharingMultiWriter".equals(config.get("backing.sharing"));
    boolean independent = String.valueOf(config.get("backing.diskMode")).startsWith("independent");
    String name = attr(d, "disk-alias") != null ? attr(d, "disk-alias") : i == null ? attr(d, "diskId") : label(i);
    if (env.ovirt && Boolean.TRUE.equals(Hardware.bool(attr(d, "boot")))) {
      // oVirt names the boot disk and its interface; VMware's own controllers are never virtio
      vm.virtioDrivers = VirtioBoot.of(Hardware.ovirtBus(attr(d, "disk-interface")),
          "virtio_scsi".equalsIgnoreCase(attr(d, "disk-interface")));
    }
    vm.disks.add(new Disk(name, lun ? null : OvfEnvelope.format(d), Units.gib(env.capacityBytes(d)), provisioning,
        i != null && bus(i) != null ? bus(i) : Hardware.ovirtBus(attr(d, "disk-interface")), shared, lun, independent, null,
        file == null ? attr(d, "fileRef") : attr(file, "href")));
  }

  private static String thin(String flag) {
    Boolean b = Hardware.bool(flag);
    return b == null ? null : b ? "thin" : "thick";
  }

  /** A CD/DVD or floppy drive: kept only when the package carries its image. */
  private void removable(Element i, String bus) {
    Element file = env.fileFor(field(i, "HostResource"));
    if (file != null) {
      Double size = Units.parseDouble(attr(file, "size"));
      vm.disks.add(new Disk(label(i), bus == null ? "iso" : Hardware.formatFromPath(attr(file, "href")),
          Units.gib(size), null, bus != null ? bus : bus(i), false, false, false, null, attr(file, "href")));
    }
  }

  private Nic nic(Element i, String sub) {
    boolean sriov = sub.contains("sriov") || sub.equals("5");
    String model = sub.matches("\\d") ? OVIRT_NIC[Math.min(Integer.parseInt(sub), OVIRT_NIC.length - 1)]
        : sriov || sub.equals("null") ? null : Hardware.nicModel(sub);
    String mac = field(i, "MACAddress") != null ? field(i, "MACAddress") : field(i, "Address");
    String name = field(i, "Name") != null ? field(i, "Name") : label(i);
    // An OVF NIC connects to a named network of the hypervisor's virtual switch, or is an SR-IOV function.
    return new Nic(name, field(i, "Connection"), model,
        mac != null && mac.matches("(?i)([0-9a-f]{2}[:-]){5}[0-9a-f]{2}") ? mac : null, null, null, null, sriov,
        null, Hardware.bool(field(i, "AutomaticAllocation")), sriov ? "hostdev" : "bridge");
  }

  private void other(Element i, String sub) {
    String ovirtType = String.valueOf(text(i, "Type"));
    if (sub.contains("pci.passthrough") || ovirtType.equals("hostdev")) {
      String profile = OvfSystem.config(i).get("vgpu");
      vm.devices.add(new Device(sub.endsWith("vmiop") ? "vgpu" : "pci", true,
          profile == null ? label(i) : label(i) + " (" + profile + ")"));
    } else if (sub.contains("vtpm") || ovirtType.equals("tpm")) {
      vm.tpm = true;
    } else if (ovirtType.equals("watchdog")) {
      vm.devices.add(new Device("watchdog", false, text(i, "Device")));
    }
  }

  /** The bus of a disk from the controller item it hangs from. */
  private String bus(Element item) {
    Element parent = byInstance.get(field(item, "Parent"));
    if (parent == null) {
      return null;
    }
    String sub = String.valueOf(field(parent, "ResourceSubType")).toLowerCase(Locale.ROOT);
    switch (String.valueOf(field(parent, "ResourceType"))) {
      case "5":
        return "ide";
      case "6": case "7": case "8":
        return "scsi";
      case "20":
        return sub.contains("nvme") ? "nvme" : sub.contains("sata") || sub.contains("ahci") ? "sata" : null;
      default:
        return null;
    }
  }

  private static String label(Element i) {
    String n = field(i, "ElementName");
    return n != null ? n : field(i, "Caption");
  }

  static List<Element> items(Element hardware) {
    return children(hardware, "Item", "StorageItem", "EthernetPortItem");
  }
}
