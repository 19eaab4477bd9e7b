package io.kubelift.inventory.ovf;

import static io.kubelift.source.XmlNodes.attr;
import static io.kubelift.source.XmlNodes.child;
import static io.kubelift.source.XmlNodes.children;
import static io.kubelift.source.XmlNodes.text;

import io.kubelift.inventory.common.GuestOs;
import io.kubelift.inventory.common.Hardware;
import io.kubelift.inventory.common.VmDraft;
import io.kubelift.inventory.common.VmwareGuestIds;
import io.kubelift.model.SourceRef;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.w3c.dom.Element;

/**
 * One OVF virtual system (a {@code <VirtualSystem>}, or oVirt's {@code <Content>}) as a VM. An OVF package is an
 * export: what it does not say about the running VM (power state, host tuning, snapshots outside oVirt) stays
 * unknown, while its hardware section lists every device, so a device it does not list is absent.
 */
final class OvfSystem {
  private OvfSystem() {}

  static VmDraft map(Element system, OvfEnvelope env, String configuration, SourceRef at, String[] why) {
    VmDraft vm = new VmDraft();
    vm.name = text(system, "Name") != null ? text(system, "Name") : attr(system, "id");
    if (vm.name == null) {
      why[0] = "virtual system has neither <Name> nor ovf:id";
      return null;
    }
    vm.source = at;
    vm.tpm = false;
    os(system, env, vm);
    List<Element> hardware = OvfEnvelope.section(system, "VirtualHardwareSection");
    if (hardware.isEmpty()) {
      why[0] = "virtual system '" + vm.name + "' has no VirtualHardwareSection";
      return null;
    }
    Element hw = hardware.get(0);
    String family = text(child(hw, "System"), "VirtualSystemType");
    vm.attribute("ovf.hardwareFamily", family);
    vm.attribute("ovf.deploymentOption", configuration);
    // A vApp groups VMs, but not necessarily as one application: kept for the report and the apps map to decide.
    org.w3c.dom.Node parent = system.getParentNode();
    if (parent instanceof Element && io.kubelift.source.XmlNodes.name(parent).equals("VirtualSystemCollection")) {
      Element collection = (Element) parent;
      vm.attribute("ovf.collection", text(collection, "Name") != null ? text(collection, "Name")
          : attr(collection, "id"));
    }
    OvfItems.read(applicable(OvfItems.items(hw), configuration), env, vm);
    Map<String, String> config = config(hw);
    firmware(config, vm);
    platform(family == null ? "" : family.toLowerCase(Locale.ROOT), config, vm);
    if (env.ovirt) {
      OvirtContent.read(system, vm);
    }
    return vm;
  }

  /**
   * What the hypervisor family settles: VMware and VirtualBox cannot boot a kernel kept on the host, and VMware offers
   * VT-x/AMD-V to a guest only with {@code nestedHVEnabled}. Other families leave both unknown.
   */
  private static void platform(String family, Map<String, String> config, VmDraft vm) {
    boolean vmware = family.startsWith("vmx-") || config.containsKey("nestedHVEnabled");
    if (vmware || family.startsWith("virtualbox")) {
      vm.directBoot = false;
    }
    if (vmware) {
      vm.nestedVirtualization = Boolean.TRUE.equals(Hardware.bool(config.get("nestedHVEnabled")));
    }
  }

  private static void os(Element system, OvfEnvelope env, VmDraft vm) {
    List<Element> sections = OvfEnvelope.section(system, "OperatingSystemSection");
    Element os = sections.isEmpty() ? null : sections.get(0);
    String vmware = attr(os, "osType");
    if (vmware != null) {
      vm.os = VmwareGuestIds.fromId(vmware);
      vm.attribute("guestOs", vmware);
    } else if (env.ovirt) {
      vm.os = GuestOs.ovirt(text(os, "Description"));
      vm.attribute("guestOs", text(os, "Description"));
    } else {
      vm.os = VmwareGuestIds.fromCim(attr(os, "id"));
      vm.attribute("guestOs", text(os, "Description"));
    }
  }

  private static void firmware(Map<String, String> config, VmDraft vm) {
    String fw = config.get("firmware");
    if (fw != null) {
      vm.firmware = fw.equalsIgnoreCase("efi") ? "uefi" : fw.equalsIgnoreCase("bios") ? "bios" : null;
      Boolean secure = Hardware.bool(config.get("bootOptions.efiSecureBootEnabled"));
      vm.secureBoot = secure != null ? secure : vm.firmware == null ? null : false; // VMware's default is off
    }
  }

  /** The VMware {@code vmw:Config} and {@code vmw:ExtraConfig} keys of a hardware section or item. */
  static Map<String, String> config(Element parent) {
    Map<String, String> out = new LinkedHashMap<>();
    for (Element c : children(parent, "Config", "ExtraConfig")) {
      if (attr(c, "key") != null) {
        out.put(attr(c, "key"), attr(c, "value"));
      }
    }
    return out;
  }

  /** Items without a configuration, and those of the deployment option chosen. */
  private static List<Element> applicable(List<Element> items, String configuration) {
    List<Element> out = new ArrayList<>();
    for (Element i : items) {
      String only = attr(i, "configuration");
      if (only == null || configuration != null && Arrays.asList(only.split("\\s+")).contains(configuration)) {
        out.add(i);
      }
    }
    return out;
  }
}
