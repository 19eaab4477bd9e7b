package io.kubelift.rubric;

import static io.kubelift.rubric.FactCatalogue.on;
import static io.kubelift.rubric.FactType.BOOLEAN;
import static io.kubelift.rubric.FactType.NUMBER;
import static io.kubelift.rubric.FactType.STRING;

import io.kubelift.model.Device;
import io.kubelift.model.Disk;
import io.kubelift.model.Nic;

/** The {@code disk.*}, {@code nic.*} and {@code device.*} facts, read per element by {@code forEach} rules. */
final class ElementFacts {
  private ElementFacts() {}

  static void register(FactCatalogue c) {
    c.add("disk.name", STRING, "the disk's name", on(Disk.class, Disk::name));
    c.add("disk.format", STRING, "image format", on(Disk.class, Disk::format),
        "qcow2", "raw", "vmdk", "vdi", "vhd", "vhdx", "iso");
    c.add("disk.capacityGiB", NUMBER, "provisioned size, GiB", on(Disk.class, Disk::capacityGiB));
    c.add("disk.provisioning", STRING, "thin or thick", on(Disk.class, Disk::provisioning), "thin", "thick");
    c.add("disk.bus", STRING, "controller bus", on(Disk.class, Disk::bus),
        "virtio", "scsi", "sata", "ide", "nvme", "usb", "fdc");
    c.add("disk.shared", BOOLEAN, "shared with other VMs (multi-writer)", on(Disk.class, Disk::shared));
    c.add("disk.rawLun", BOOLEAN, "a raw device mapping or LUN passthrough", on(Disk.class, Disk::rawLun));
    c.add("disk.independent", BOOLEAN, "left out of snapshots (independent, transient)",
        on(Disk.class, Disk::independent));
    c.add("disk.readonly", BOOLEAN, "attached read-only", on(Disk.class, Disk::readonly));
    c.add("disk.purpose", STRING, "os, data or swap", on(Disk.class, Disk::purpose), "os", "data", "swap");
    c.add("nic.name", STRING, "the NIC's name", on(Nic.class, Nic::name));
    c.add("nic.network", STRING, "network or segment", on(Nic.class, Nic::network));
    c.add("nic.model", STRING, "emulated model", on(Nic.class, Nic::model));
    c.add("nic.mac", STRING, "MAC address", on(Nic.class, Nic::mac));
    c.add("nic.addresses.count", NUMBER, "IP addresses seen on it",
        on(Nic.class, n -> n.addresses() == null ? null : n.addresses().size()));
    c.add("nic.staticIp", BOOLEAN, "a static address to keep", on(Nic.class, Nic::staticIp));
    c.add("nic.vip", BOOLEAN, "carries a floating virtual IP", on(Nic.class, n -> vip(n.vip())));
    c.add("nic.sriov", BOOLEAN, "SR-IOV or DirectPath I/O", on(Nic.class, Nic::sriov));
    c.add("nic.bonded", BOOLEAN, "bonded or teamed in the guest", on(Nic.class, Nic::bonded));
    c.add("nic.connected", BOOLEAN, "connected", on(Nic.class, Nic::connected));
    c.add("nic.binding", STRING, "how the source attaches it to the host", on(Nic.class, Nic::binding),
        "bridge", "network", "macvtap", "user", "ethernet", "socket", "hostdev", "vhost-user", "vdpa", "other");
    c.add("device.type", STRING, "kind of device", on(Device.class, Device::type),
        "pci", "gpu", "vgpu", "usb", "dongle", "serial", "parallel", "smartcard", "watchdog", "filesystem",
        "launch-security");
    c.add("device.passthrough", BOOLEAN, "a physical host device passed through",
        on(Device.class, Device::passthrough));
    c.add("device.description", STRING, "what the source says of it", on(Device.class, Device::description));
  }

  /** A VIP field: absent is unknown, {@code none} is known to be none. */
  static Boolean vip(String v) {
    return v == null ? null : !"none".equalsIgnoreCase(v.trim());
  }
}
