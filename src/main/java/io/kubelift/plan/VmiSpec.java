package io.kubelift.plan;

import io.kubelift.model.Device;
import io.kubelift.model.Firmware;
import io.kubelift.model.Vm;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The VirtualMachineInstance spec of a VM: CPU, memory, firmware, disks, interfaces, watchdog, networks and
 * volumes, in KubeVirt's field order. Facts the inventory lacks are left out and noted, never guessed.
 */
final class VmiSpec {
  private final Draft d;
  private final VmTarget vm;

  VmiSpec(Draft d, VmTarget vm) {
    this.d = d;
    this.vm = vm;
  }

  /** The spec; {@code cloudInit} is the cloud-init volume source, or {@code null}. */
  Map<String, Object> build(Map<String, Object> cloudInit) {
    return Obj.of("domain", domain(cloudInit != null), "networks", networks(), "volumes", volumes(cloudInit));
  }

  private Map<String, Object> domain(boolean cloudInit) {
    Vm v = vm.vm();
    if (v.cpus() == null || v.memoryMiB() == null) {
      d.note("%s: CPUs (%s) or memory (%s MiB) unknown; set them in %s before applying.", v.name(), v.cpus(),
          v.memoryMiB(), d.vmFile(vm));
    }
    boolean secureBoot = firmware() != null && Boolean.TRUE.equals(firmware().secureBoot());
    HostPlacement p = vm.placement();
    Map<String, Object> hugepages = p.hugepageSize() == null ? null : Obj.of("pageSize", p.hugepageSize());
    return Obj.of(
        "cpu", nonEmpty(Obj.of("cores", v.cpus(), "dedicatedCpuPlacement", p.dedicatedCpus() ? Boolean.TRUE : null)),
        "memory", nonEmpty(Obj.of("guest", v.memoryMiB() == null ? null : v.memoryMiB() + "Mi",
            "hugepages", hugepages)),
        "firmware", Obj.of("bootloader", bootloader()),
        "features", secureBoot ? Obj.of("smm", Obj.of("enabled", true)) : null,
        "devices", devices(cloudInit));
  }

  private static Map<String, Object> nonEmpty(Map<String, Object> m) {
    return m.isEmpty() ? null : m;
  }

  private Firmware firmware() {
    return vm.vm().firmware();
  }

  private Map<String, Object> bootloader() {
    Firmware f = firmware();
    String type = f == null ? null : f.type();
    if ("uefi".equals(type) || "efi".equals(type)) {
      // KubeVirt turns secure boot on unless told otherwise; keep the source's setting.
      return Obj.of("efi", Obj.of("secureBoot", Boolean.TRUE.equals(f.secureBoot())));
    }
    if (!"bios".equals(type)) {
      d.note("%s: firmware %s is unknown or unrecognised; BIOS, KubeVirt's default, is used.", vm.vm().name(), type);
    }
    return Obj.of("bios", Obj.empty());
  }

  private Map<String, Object> devices(boolean cloudInit) {
    List<Object> disks = new ArrayList<>();
    for (DiskTarget t : vm.disks()) {
      String target = t.cdrom() ? "cdrom" : "disk";
      Map<String, Object> bus = t.cdrom() ? Obj.of("bus", t.bus(), "readonly", true) : Obj.of("bus", t.bus());
      disks.add(Obj.of("name", t.name(), target, bus, "shareable", t.shared() ? Boolean.TRUE : null));
    }
    if (cloudInit) {
      disks.add(Obj.of("name", cloudInitVolume(), "disk", Obj.of("bus", vm.disks().isEmpty()
          ? "virtio" : vm.disks().get(0).bus())));
    }
    boolean tpm = firmware() != null && Boolean.TRUE.equals(firmware().tpm());
    if (tpm) {
      d.note("%s: a TPM is attached; its state does not move, and persisting it needs KubeVirt's "
          + "persistent TPM support (`tpm.persistent`).", vm.vm().name());
    }
    return Obj.of("disks", disks, "interfaces", interfaces(), "watchdog", watchdog(),
        "tpm", tpm ? Obj.empty() : null);
  }

  private List<Object> interfaces() {
    String model = Boolean.TRUE.equals(vm.vm().virtioDrivers()) ? "virtio" : "e1000e";
    List<Object> out = new ArrayList<>();
    for (NicTarget n : vm.nics()) {
      out.add(Obj.of("name", n.name(), n.binding(), Obj.empty(), "macAddress", n.mac(),
          "model", "sriov".equals(n.binding()) ? null : model));
    }
    return out;
  }

  private Map<String, Object> watchdog() {
    for (Device dev : vm.vm().devices() == null ? List.<Device>of() : vm.vm().devices()) {
      if ("watchdog".equals(dev.type())) {
        return Obj.of("name", "watchdog", "i6300esb", Obj.of("action", "reset"));
      }
    }
    return null;
  }

  private List<Object> networks() {
    List<Object> out = new ArrayList<>();
    for (NicTarget n : vm.nics()) {
      out.add(n.podNetwork() ? Obj.of("name", n.name(), "pod", Obj.empty())
          : Obj.of("name", n.name(), "multus", Obj.of("networkName", n.attachment())));
    }
    return out;
  }

  private List<Object> volumes(Map<String, Object> cloudInit) {
    List<Object> out = new ArrayList<>();
    for (DiskTarget t : vm.disks()) {
      out.add(t.kind() == DiskTarget.Kind.CONTAINER_DISK
          ? Obj.of("name", t.name(), "containerDisk", Obj.of("image", t.image()))
          : Obj.of("name", t.name(), "dataVolume", Obj.of("name", t.name())));
    }
    if (cloudInit != null) {
      out.add(Obj.of("name", cloudInitVolume(), "cloudInitNoCloud", cloudInit));
    }
    return out;
  }

  /** {@code cloudinitdisk}, unless one of the VM's disks already has that name. */
  String cloudInitVolume() {
    String name = "cloudinitdisk";
    while (true) {
      String n = name;
      if (vm.disks().stream().noneMatch(t -> t.name().equals(n))) {
        return name;
      }
      name = name + "-" + DnsNames.hash(name).substring(0, 4);
    }
  }
}
