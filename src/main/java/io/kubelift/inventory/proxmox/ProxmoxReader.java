package io.kubelift.inventory.proxmox;

import io.kubelift.inventory.InventoryReader;
import io.kubelift.inventory.ReadResult;
import io.kubelift.inventory.common.GuestOs;
import io.kubelift.inventory.common.LineFiles;
import io.kubelift.inventory.common.Sniff;
import io.kubelift.inventory.common.Units;
import io.kubelift.inventory.common.VmDraft;
import io.kubelift.model.Rejected;
import io.kubelift.model.SourceRef;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Proxmox VE QEMU VM configurations ({@code /etc/pve/qemu-server/<vmid>.conf}): one VM per file, its snapshot
 * sections counted as snapshots, never as VMs. Templates ({@code template: 1}) are listed as rejected: they are not
 * running machines to move. Defaults are Proxmox's documented ones (one socket, one core, SeaBIOS).
 */
public final class ProxmoxReader implements InventoryReader {
  private static final long MAX_BYTES = 4L * 1024 * 1024;
  private static final Pattern QEMU_KEY = Pattern.compile(
      "(?m)^(ostype|scsihw|bootdisk|smbios1|vmgenid|sockets|(scsi|virtio|sata|ide|net|hostpci)\\d+)\\s*:");

  @Override
  public String id() {
    return "proxmox";
  }

  @Override
  public String description() {
    return "Proxmox VE qemu-server/<vmid>.conf, one VM per file";
  }

  @Override
  public boolean canRead(Path path, byte[] head) {
    String text = Sniff.text(head);
    return String.valueOf(path.getFileName()).toLowerCase(Locale.ROOT).endsWith(".conf")
        && QEMU_KEY.matcher(text).find() && !text.contains("\nrootfs:") && !text.startsWith("rootfs:");
  }

  @Override
  public ReadResult read(Path path, String shownAs) {
    PveConfig c;
    try {
      c = PveConfig.parse(new String(LineFiles.read(path, shownAs, MAX_BYTES), StandardCharsets.UTF_8));
    } catch (LineFiles.BadLine e) {
      return e.rejection(shownAs);
    }
    String vmid = String.valueOf(path.getFileName()).replaceFirst("(?i)\\.conf$", "");
    String name = c.get("name") != null ? c.get("name") : vmid;
    if ("1".equals(c.get("template"))) {
      return new ReadResult(List.of(), List.of(), 1, List.of(new Rejected(shownAs + ":" + c.lines.get("template"),
          "'" + name + "' is a template, not a VM: templates are not assessed")));
    }
    return new ReadResult(List.of(map(c, name, vmid, shownAs).toVm()), List.of(), 1, List.of());
  }

  private static VmDraft map(PveConfig c, String name, String vmid, String shownAs) {
    VmDraft vm = new VmDraft();
    vm.name = name;
    vm.source = SourceRef.of(shownAs, c.lines.getOrDefault("name", 1));
    vm.os = GuestOs.proxmox(c.get("ostype"), c.get("arch") != null ? arch(c.get("arch")) : "x86_64");
    Integer sockets = c.get("sockets") == null ? Integer.valueOf(1) : Units.parseInt(c.get("sockets"));
    Integer cores = c.get("cores") == null ? Integer.valueOf(1) : Units.parseInt(c.get("cores"));
    vm.cpus = Units.product(sockets, cores);
    Map<String, String> memory = PveConfig.options(c.get("memory"));
    vm.memoryMiB = Units.parseLong(memory.containsKey("current") ? memory.get("current") : memory.get(""));
    boolean ovmf = "ovmf".equals(c.get("bios"));
    vm.firmware = ovmf ? "uefi" : "bios";
    vm.secureBoot = ovmf && "1".equals(PveConfig.options(c.get("efidisk0")).get("pre-enrolled-keys"));
    vm.tpm = c.get("tpmstate0") != null;
    vm.snapshots = c.snapshots.size();
    PveDevices.read(c, vm);
    vm.virtioDrivers = PveDevices.virtioBoot(c);
    boolean numaPinned = c.main.keySet().stream().anyMatch(k -> k.matches("numa\\d+")
        && PveConfig.options(c.get(k)).containsKey("hostnodes"));
    vm.hostNeeds(c.get("hugepages") != null, c.get("affinity") != null, numaPinned, false);
    vm.nestedVirtualization = nested(c);
    // Proxmox has no kernel boot option of its own; only raw QEMU arguments can boot a kernel from the host.
    vm.directBoot = c.get("args") != null && c.get("args").matches("(?s)(.*\\s)?-kernel\\s.*");
    vm.attribute("vmid", vmid.matches("\\d+") ? vmid : null);
    vm.attribute("guestOs", c.get("ostype"));
    vm.attribute("cpu", c.get("cpu"));
    vm.attribute("machine", c.get("machine"));
    vm.attribute("lock", c.get("lock"));
    vm.attribute("agent", c.get("agent"));
    vm.attribute("args", c.get("args"));
    vm.attribute("description", c.description.toString());
    return vm;
  }

  /**
   * VT-x/AMD-V for the guest when the CPU flags or raw QEMU arguments add {@code vmx} or {@code svm}, and not when
   * they remove them. Otherwise unknown: the {@code host} type and custom models (defined outside this file) pass the
   * flag on whenever the node's kvm module allows nesting.
   */
  private static Boolean nested(PveConfig c) {
    String flags = PveConfig.options(c.get("cpu")).getOrDefault("flags", "") + ";" + String.valueOf(c.get("args"));
    if (flags.matches("(?s).*\\+(vmx|svm)\\b.*")) {
      return true;
    }
    return flags.matches("(?s).*-(vmx|svm)\\b.*") ? Boolean.FALSE : null;
  }

  private static String arch(String pve) {
    return pve.equals("x86_64") || pve.equals("aarch64") ? pve : pve.toLowerCase(Locale.ROOT);
  }
}
