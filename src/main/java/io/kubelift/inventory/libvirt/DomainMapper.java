package io.kubelift.inventory.libvirt;

import static io.kubelift.source.XmlNodes.attr;
import static io.kubelift.source.XmlNodes.child;
import static io.kubelift.source.XmlNodes.children;
import static io.kubelift.source.XmlNodes.descendants;
import static io.kubelift.source.XmlNodes.path;
import static io.kubelift.source.XmlNodes.text;

import io.kubelift.inventory.common.GuestOs;
import io.kubelift.inventory.common.Units;
import io.kubelift.inventory.common.VmDraft;
import io.kubelift.model.Device;
import io.kubelift.model.SourceRef;
import java.util.Locale;
import org.w3c.dom.Element;

/**
 * One libvirt {@code <domain>} as a VM. A domain definition lists every device, so what it does not list is known
 * to be absent; what it cannot say (disk sizes, IP addresses, whether a static address is configured in the guest)
 * stays unknown.
 */
final class DomainMapper {
  private static final String EDK2 = "(?i).*(ovmf|aavmf|edk2|qemu_efi|uefi|\\.efi|code\\.fd).*";

  private DomainMapper() {}

  /** The VM, or {@code null} with {@code why[0]} set when the domain cannot be assessed. */
  static VmDraft map(Element domain, SourceRef at, String[] why) {
    VmDraft vm = new VmDraft();
    vm.name = text(domain, "name");
    if (vm.name == null) {
      why[0] = "domain has no <name>";
      return null;
    }
    vm.source = at;
    vm.attribute("uuid", text(domain, "uuid"));
    vm.attribute("hypervisor", attr(domain, "type"));
    Element os = child(domain, "os");
    String arch = attr(child(os, "type"), "arch");
    vm.attribute("machine", attr(child(os, "type"), "machine"));
    vm.os = GuestOs.libosinfo(attr(descendantNamed(domain, "os", "http://libosinfo.org"), "id"), arch);
    vm.cpus = Units.parseInt(text(domain, "vcpu"));
    vm.attribute("vcpu.current", attr(child(domain, "vcpu"), "current"));
    vm.memoryMiB = Units.mib(memory(child(domain, "memory")));
    vm.powerState = attr(domain, "id") != null ? "on" : null; // only a running domain's dump carries an id
    firmware(os, arch, vm);
    boot(os, vm);
    tuning(domain, vm);
    vm.snapshots = null; // snapshots live beside the domain (virsh snapshot-list), not in it
    Element devices = child(domain, "devices");
    DomainDevices.read(devices, vm);
    vm.virtioDrivers = BootDisk.virtio(os, devices);
    launchSecurity(child(domain, "launchSecurity"), vm);
    return vm;
  }

  /** Memory in bytes, after libvirt's units (KiB when none is given). */
  private static Double memory(Element m) {
    Double value = Units.parseDouble(text(m));
    if (value == null) {
      return null;
    }
    String unit = attr(m, "unit") == null ? "KiB" : attr(m, "unit");
    switch (unit.toLowerCase(Locale.ROOT)) {
      case "b": case "bytes":
        return value;
      case "kb":
        return value * 1e3;
      case "mb":
        return value * 1e6;
      case "gb":
        return value * 1e9;
      case "tb":
        return value * 1e12;
      default:
        Double unitBytes = Units.suffixedBytes("1" + unit.substring(0, 1));
        return unitBytes == null ? null : value * unitBytes;
    }
  }

  private static void firmware(Element os, String arch, VmDraft vm) {
    Element loader = child(os, "loader");
    String loaderPath = text(loader);
    boolean efi = "efi".equals(attr(os, "firmware")) || loaderPath != null && loaderPath.matches(EDK2)
        || "pflash".equals(attr(loader, "type")) && loaderPath != null;
    if (efi) {
      vm.firmware = "uefi";
    } else if (loader == null && (arch == null || arch.matches("x86_64|i686"))) {
      vm.firmware = "bios"; // SeaBIOS is the default on x86
    }
    vm.attribute("os.loader", loaderPath);
    vm.attribute("os.nvram", text(child(os, "nvram")) != null ? text(child(os, "nvram"))
        : attr(child(os, "nvram"), "template"));
    Boolean secure = null;
    for (Element f : children(child(os, "firmware"), "feature")) {
      boolean on = "yes".equals(attr(f, "enabled"));
      if ("secure-boot".equals(attr(f, "name"))) {
        secure = secure == null ? on : secure && on;
      } else if ("enrolled-keys".equals(attr(f, "name")) && !on) {
        secure = false; // secure-boot capable firmware with no keys enrolled does not enforce anything
      }
    }
    if (secure == null && "yes".equals(attr(loader, "secure"))) {
      secure = true;
    }
    vm.secureBoot = secure != null ? secure : vm.firmware == null ? null : false;
  }

  private static void boot(Element os, VmDraft vm) {
    vm.directBoot = text(os, "kernel") != null;
    vm.cmdline = text(os, "cmdline");
    vm.attribute("os.kernel", text(os, "kernel"));
    vm.attribute("os.initrd", text(os, "initrd"));
    vm.attribute("os.type", text(os, "type"));
  }

  private static void tuning(Element domain, VmDraft vm) {
    Element cputune = child(domain, "cputune");
    boolean pinned = !children(cputune, "vcpupin").isEmpty() || attr(child(domain, "vcpu"), "cpuset") != null;
    boolean realtime = false;
    for (Element s : children(cputune, "vcpusched")) {
      realtime |= String.valueOf(attr(s, "scheduler")).matches("fifo|rr");
    }
    Element numatune = child(domain, "numatune");
    boolean numa = numatune != null && (!children(numatune, "memnode").isEmpty() || child(numatune, "memory") != null);
    vm.hostNeeds(path(domain, "memoryBacking", "hugepages") != null, pinned, numa, realtime);
    Element cpu = child(domain, "cpu");
    String mode = attr(cpu, "mode");
    String model = text(cpu, "model");
    vm.attribute("cpu.mode", mode == null && model != null ? "custom" : mode);
    vm.attribute("cpu.model", model);
    vm.nestedVirtualization = nested(cpu);
  }

  /**
   * Whether the guest is given VT-x/AMD-V: only a {@code vmx}/{@code svm} CPU feature says so (libvirt's default
   * policy is {@code require}). Without one it is unknown: a passed-through or host-model CPU, and some named models,
   * carry the flag whenever the source host's kvm module allows nesting, which the domain does not record.
   */
  private static Boolean nested(Element cpu) {
    Boolean offered = null;
    for (Element f : children(cpu, "feature")) {
      if (String.valueOf(attr(f, "name")).matches("vmx|svm")) {
        String policy = attr(f, "policy") == null ? "require" : attr(f, "policy");
        boolean on = !policy.equals("disable") && !policy.equals("forbid");
        offered = offered == null ? on : offered || on;
      }
    }
    return offered;
  }

  /** AMD SEV, SEV-SNP, Intel TDX or IBM Secure Execution, with the SEV policy where one is given. */
  private static void launchSecurity(Element security, VmDraft vm) {
    if (security != null) {
      String policy = text(security, "policy");
      vm.devices.add(new Device("launch-security", false,
          attr(security, "type") + (policy == null ? "" : " policy " + policy)));
    }
  }

  private static Element descendantNamed(Element root, String name, String namespacePrefix) {
    for (Element e : descendants(child(root, "metadata") == null ? root : child(root, "metadata"), name)) {
      if (e.getNamespaceURI() != null && e.getNamespaceURI().startsWith(namespacePrefix)) {
        return e;
      }
    }
    return null;
  }
}
