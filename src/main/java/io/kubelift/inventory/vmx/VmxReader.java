package io.kubelift.inventory.vmx;

import io.kubelift.inventory.InventoryReader;
import io.kubelift.inventory.ReadResult;
import io.kubelift.inventory.common.GuestDetails;
import io.kubelift.inventory.common.LineFiles;
import io.kubelift.inventory.common.Sniff;
import io.kubelift.inventory.common.Units;
import io.kubelift.inventory.common.VmDraft;
import io.kubelift.inventory.common.VmwareGuestIds;
import io.kubelift.model.Os;
import io.kubelift.model.SourceRef;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * VMware .vmx files from datastores (ESX/ESXi, Workstation, Fusion, GSX): one VM per file. Disk sizes and raw
 * device mappings are read from the .vmdk descriptors when they sit beside the .vmx; otherwise they stay unknown.
 * A line that is not {@code key = "value"} rejects the VM with its line, as VMware itself refuses such a file.
 */
public final class VmxReader implements InventoryReader {
  private static final long MAX_BYTES = 4L * 1024 * 1024;
  private static final Pattern VMX_KEY = Pattern.compile(
      "(?im)^\\s*(config\\.version|virtualhw\\.version|displayname|guestos)\\s*=\\s*\"");

  @Override
  public String id() {
    return "vmx";
  }

  @Override
  public String description() {
    return "VMware .vmx configuration file, one VM per file";
  }

  @Override
  public boolean canRead(Path path, byte[] head) {
    String name = String.valueOf(path.getFileName()).toLowerCase(Locale.ROOT);
    return name.endsWith(".vmx") || VMX_KEY.matcher(Sniff.text(head)).find() && !Sniff.text(head).contains("<");
  }

  @Override
  public ReadResult read(Path path, String shownAs) {
    VmxFile vmx;
    try {
      vmx = VmxFile.parse(LineFiles.read(path, shownAs, MAX_BYTES));
    } catch (LineFiles.BadLine e) {
      return e.rejection(shownAs);
    }
    return new ReadResult(List.of(map(vmx, path, shownAs).toVm()), List.of(), 1, List.of());
  }

  private static VmDraft map(VmxFile vmx, Path path, String shownAs) {
    VmDraft vm = new VmDraft();
    String stem = String.valueOf(path.getFileName()).replaceFirst("(?i)\\.vmx$", "");
    vm.name = vmx.get("displayName") != null ? vmx.get("displayName") : stem;
    vm.source = new SourceRef(shownAs, vmx.line("displayName") > 0 ? vmx.line("displayName") : 1, null);
    Map<String, String> details = GuestDetails.parse(vmx.get("guestOS.detailed.data") != null
        ? vmx.get("guestOS.detailed.data") : vmx.get("guestInfo.detailed.data"));
    Os reported = GuestDetails.os(details);
    vm.os = reported != null ? reported : VmwareGuestIds.fromId(vmx.get("guestOS"));
    vm.kernelVersion = details.get("kernelVersion");
    vm.cpus = vmx.get("numvcpus") == null ? Integer.valueOf(1) : Units.parseInt(vmx.get("numvcpus"));
    vm.memoryMiB = Units.parseLong(vmx.get("memsize"));
    vm.firmware = "efi".equalsIgnoreCase(vmx.get("firmware")) ? "uefi" : "bios"; // BIOS unless stated
    vm.secureBoot = Boolean.TRUE.equals(vmx.bool("uefi.secureBoot.enabled"));
    vm.tpm = vmx.present("vtpm");
    vm.powerState = vmx.get("checkpoint.vmState") != null ? "suspended" : null;
    int deltas = VmxDevices.read(vmx, path.toAbsolutePath().getParent(), vm);
    // A VM with snapshots runs on delta disks; how many snapshots is in the .vmsd, so this is a lower bound.
    vm.snapshots = deltas > 0 ? 1 : 0;
    if (deltas > 0) {
      vm.attribute("snapshots", "at least 1: " + deltas + " disk(s) run on snapshot deltas");
    }
    String latency = vmx.get("sched.cpu.latencySensitivity");
    boolean high = "high".equalsIgnoreCase(latency);
    String affinity = vmx.get("sched.cpu.affinity");
    vm.hostNeeds(false, high || affinity != null && !affinity.equalsIgnoreCase("all"),
        vmx.get("numa.nodeAffinity") != null, high);
    // VMware hides VT-x/AMD-V from the guest unless vhv.enable is set, and cannot boot a kernel from the host.
    vm.nestedVirtualization = Boolean.TRUE.equals(vmx.bool("vhv.enable"));
    vm.directBoot = false;
    attributes(vmx, vm);
    return vm;
  }

  private static void attributes(VmxFile vmx, VmDraft vm) {
    vm.attribute("guestOs", vmx.get("guestOS"));
    vm.attribute("virtualHW.version", vmx.get("virtualHW.version"));
    vm.attribute("uuid", vmx.get("uuid.bios"));
    vm.attribute("latencySensitivity", vmx.get("sched.cpu.latencySensitivity"));
    vm.attribute("cpuAffinity", vmx.get("sched.cpu.affinity"));
    vm.attribute("numaNodeAffinity", vmx.get("numa.nodeAffinity"));
    vm.attribute("memorySharing", vmx.get("sched.mem.pshare.enable"));
    vm.attribute("annotation", vmx.get("annotation"));
  }
}
