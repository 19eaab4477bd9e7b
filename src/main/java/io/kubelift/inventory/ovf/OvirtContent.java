package io.kubelift.inventory.ovf;

import static io.kubelift.source.XmlNodes.attr;
import static io.kubelift.source.XmlNodes.child;
import static io.kubelift.source.XmlNodes.children;
import static io.kubelift.source.XmlNodes.text;

import io.kubelift.inventory.common.Hardware;
import io.kubelift.inventory.common.VmDraft;
import org.w3c.dom.Element;

/**
 * What oVirt's own OVF adds to a virtual system: its BIOS type, high availability, stateless mode, snapshots and,
 * where the engine writes it, direct kernel boot.
 * Values follow oVirt's engine enumerations (BiosType 1/2 SeaBIOS, 3 OVMF, 4 OVMF with secure boot; 0 is the
 * cluster's default and stays unknown).
 */
final class OvirtContent {
  private OvirtContent() {}

  static void read(Element content, VmDraft vm) {
    switch (String.valueOf(text(content, "BiosType"))) {
      case "1": case "2":
        vm.firmware = "bios";
        vm.secureBoot = false;
        break;
      case "3":
        vm.firmware = "uefi";
        vm.secureBoot = false;
        break;
      case "4":
        vm.firmware = "uefi";
        vm.secureBoot = true;
        break;
      default:
        break;
    }
    vm.platform("ha", Hardware.bool(text(content, "AutoStartup")));
    vm.attribute("stateless", text(content, "IsStateless"));
    vm.attribute("ovirt.vmType", text(content, "VmType"));
    vm.attribute("template", text(content, "TemplateName"));
    for (Element s : OvfEnvelope.section(content, "SnapshotsSection")) {
      int regular = 0;
      for (Element snap : children(s, "Snapshot")) {
        regular += "ACTIVE".equalsIgnoreCase(text(snap, "Type")) ? 0 : 1; // ACTIVE is the running VM itself
      }
      vm.snapshots = regular;
    }
    vm.attribute("ovirt.id", attr(content, "id"));
    // Engines that export direct kernel boot write its kernel path; an empty one means the VM boots from disk.
    Element kernel = child(content, "kernel_url");
    if (kernel != null) {
      vm.directBoot = text(kernel) != null;
    }
  }
}
