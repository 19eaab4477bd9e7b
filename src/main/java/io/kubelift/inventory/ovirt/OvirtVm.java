package io.kubelift.inventory.ovirt;

import static io.kubelift.source.XmlNodes.attr;
import static io.kubelift.source.XmlNodes.child;
import static io.kubelift.source.XmlNodes.children;
import static io.kubelift.source.XmlNodes.path;
import static io.kubelift.source.XmlNodes.text;

import io.kubelift.inventory.common.GuestOs;
import io.kubelift.inventory.common.Hardware;
import io.kubelift.inventory.common.Units;
import io.kubelift.inventory.common.VmDraft;
import io.kubelift.model.SourceRef;
import org.w3c.dom.Element;

/**
 * One {@code <vm>} of the oVirt/RHV REST API (v3 {@code /api/...} and v4 {@code /ovirt-engine/api/...}). Disks,
 * NICs and snapshots are read when the representation embeds them ({@code ?follow=disk_attachments.disk,nics,
 * snapshots}); a plain {@code /vms} listing only links to them, so they stay unknown.
 */
final class OvirtVm {
  private OvirtVm() {}

  static VmDraft map(Element e, SourceRef at) {
    VmDraft vm = new VmDraft();
    vm.name = text(e, "name");
    vm.source = at;
    vm.attribute("id", attr(e, "id"));
    vm.os = GuestOs.ovirt(text(child(e, "os"), "type"));
    vm.attribute("guestOs", text(child(e, "os"), "type"));
    vm.powerState = power(text(e, "status"));
    vm.memoryMiB = Units.mib(Units.parseDouble(text(e, "memory")));
    Element topology = path(e, "cpu", "topology");
    vm.cpus = topology == null ? null : Units.product(Units.parseInt(text(topology, "sockets")),
        Units.parseInt(text(topology, "cores")), text(topology, "threads") == null ? Integer.valueOf(1)
            : Units.parseInt(text(topology, "threads")));
    bios(text(child(e, "bios"), "type"), vm);
    vm.tpm = Hardware.bool(text(e, "tpm_enabled"));
    Element os = child(e, "os");
    vm.directBoot = os == null ? null : text(os, "kernel") != null; // an empty <kernel/> boots from disk
    vm.cmdline = text(os, "cmdline");
    vm.attribute("os.kernel", text(os, "kernel"));
    vm.attribute("os.initrd", text(os, "initrd"));
    vm.platform("ha", Hardware.bool(text(child(e, "high_availability"), "enabled")));
    vm.attribute("placement", text(child(e, "placement_policy"), "affinity"));
    vm.attribute("type", text(e, "type"));
    vm.attribute("stateless", text(e, "stateless"));
    vm.attribute("graphics", text(child(e, "display"), "type"));
    vm.attribute("usb", text(child(e, "usb"), "enabled"));
    hostTuning(e, vm);
    OvirtDevices.read(e, vm);
    return vm;
  }

  private static String power(String status) {
    if (status == null) {
      return null;
    }
    switch (status) {
      case "up": case "powering_up": case "reboot_in_progress": case "migrating": case "powering_down":
        return "on";
      case "down":
        return "off";
      case "suspended": case "paused":
        return "suspended";
      default:
        return null;
    }
  }

  private static void bios(String type, VmDraft vm) {
    if (type == null || type.equals("cluster_default")) {
      return;
    }
    vm.firmware = type.endsWith("sea_bios") ? "bios" : type.startsWith("q35_") ? "uefi" : null;
    vm.secureBoot = vm.firmware == null ? null : type.equals("q35_secure_boot");
  }

  /** Pinned vCPUs and the hugepages custom property; what the representation does not show stays unknown. */
  private static void hostTuning(Element e, VmDraft vm) {
    Element pins = path(e, "cpu", "cpu_tune", "vcpu_pins");
    vm.dedicatedCpus = pins != null && !children(pins, "vcpu_pin").isEmpty() ? Boolean.TRUE : null;
    Element props = child(e, "custom_properties");
    if (props != null) {
      boolean huge = false;
      for (Element p : children(props, "custom_property")) {
        huge |= "hugepages".equals(text(p, "name")) && text(p, "value") != null;
      }
      vm.hugepages = huge;
    }
  }
}
