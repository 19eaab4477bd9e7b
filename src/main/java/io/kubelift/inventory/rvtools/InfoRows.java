package io.kubelift.inventory.rvtools;

import io.kubelift.inventory.common.GuestDetails;
import io.kubelift.inventory.text.GuestOs;
import io.kubelift.inventory.text.Header;
import io.kubelift.model.Os;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/** Maps a vInfo row to a {@link VmDraft}: what vCenter knows of the VM as a whole. */
final class InfoRows {
  /** Standard vInfo columns that follow the vCenter custom attributes, which RVTools puts after "Annotation". */
  private static final Set<String> AFTER_CUSTOM = Set.of("datacenter", "backupstatus", "clusterinvariantvmmid",
      "lastbackup", "cluster", "host", "folder", "osaccordingtotheconfigurationfile", "vmid", "vmuuid");

  private InfoRows() {}

  /** Why a row is not a VM to assess, or {@code null} when it is one. */
  static String notAVm(Row r) {
    if (r.get(Col.VM) == null) {
      return "no VM name in column '" + Col.VM.label() + "'";
    }
    if (Boolean.TRUE.equals(r.bool(Col.TEMPLATE))) {
      return "'" + r.get(Col.VM) + "' is a template, not a VM; templates are not assessed";
    }
    if (Boolean.TRUE.equals(r.bool(Col.SRM_PLACEHOLDER))) {
      return "'" + r.get(Col.VM) + "' is a Site Recovery Manager placeholder of a VM protected elsewhere";
    }
    return null;
  }

  static VmDraft draft(Row r, Header header) {
    VmDraft d = new VmDraft(r.get(Col.VM), r.at());
    d.vmId = r.get(Col.VM_ID);
    d.uuid = r.get(Col.VM_UUID);
    d.server = r.get(Col.SDK_SERVER);
    d.powerState = powerState(r.get(Col.POWERSTATE));
    d.cpus = r.integer(Col.CPUS);
    d.memoryMiB = r.whole(Col.MEMORY);
    d.nicCount = r.integer(Col.NICS);
    d.diskCount = r.integer(Col.DISKS);
    Map<String, String> details = GuestDetails.parse(r.get(Col.GUEST_DETAILS));
    d.os = os(r, details);
    d.kernelVersion = details.get("kernelVersion");
    d.firmware = firmware(r.get(Col.FIRMWARE));
    d.secureBoot = r.bool(Col.SECURE_BOOT);
    d.tpm = r.bool(Col.VTPM);
    String latency = r.get(Col.LATENCY);
    d.dedicatedCpus = latency != null && latency.equalsIgnoreCase("high") ? Boolean.TRUE : null;
    platform(r, d);
    d.networks.addAll(r.networks());
    attributes(r, d);
    customAttributes(r, header, d);
    return d;
  }

  /**
   * The guest OS: what VMware Tools report from inside the guest (Guest Detailed Data, vSphere 7.0.1 and later) when
   * it names a version, else the OS name of the Tools, else the configured one. The names give no version for some
   * distributions ("Ubuntu Linux (64-bit)") and one release line for several ("Windows Server 2016 or later").
   */
  private static Os os(Row r, Map<String, String> details) {
    Os reported = GuestDetails.os(details);
    if (reported != null && reported.version() != null) {
      return reported;
    }
    String toolsOs = r.get(Col.OS_TOOLS);
    return GuestOs.parse(toolsOs != null ? toolsOs : r.get(Col.OS_CONFIG));
  }

  /** vSphere HA and Fault Tolerance: features the VM loses on Kubernetes. */
  private static void platform(Row r, VmDraft d) {
    Boolean protectedByHa = r.bool(Col.DAS_PROTECTION);
    String priority = r.get(Col.HA_RESTART_PRIORITY);
    if (protectedByHa != null) {
      d.platform.put("ha", protectedByHa);
    } else if (priority != null && priority.equalsIgnoreCase("disabled")) {
      d.platform.put("ha", false);
    }
    String ft = r.get(Col.FT_STATE);
    if (ft != null) {
      d.platform.put("faultTolerance", !ft.equalsIgnoreCase("notConfigured"));
    }
  }

  private static void attributes(Row r, VmDraft d) {
    d.attribute("vmId", d.vmId);
    d.attribute("uuid", d.uuid);
    d.attribute("smbiosUuid", r.get(Col.SMBIOS_UUID));
    d.attribute("viServer", d.server);
    d.attribute("dnsName", r.get(Col.DNS_NAME));
    d.attribute("primaryIp", r.get(Col.PRIMARY_IP));
    d.attribute("datacenter", r.get(Col.DATACENTER));
    d.attribute("cluster", r.get(Col.CLUSTER));
    d.attribute("host", r.get(Col.HOST));
    d.attribute("folder", r.get(Col.FOLDER));
    d.attribute("resourcePool", r.get(Col.RESOURCE_POOL));
    d.attribute("vApp", r.get(Col.VAPP));
    d.attribute("annotation", r.get(Col.ANNOTATION));
    d.attribute("osConfig", r.get(Col.OS_CONFIG));
    d.attribute("osTools", r.get(Col.OS_TOOLS));
    d.attribute("hwVersion", r.get(Col.HW_VERSION));
    d.attribute("cbt", r.get(Col.CBT));
    d.attribute("latencySensitivity", r.get(Col.LATENCY));
    d.attribute("provisionedMiB", r.get(Col.PROVISIONED));
    d.attribute("inUseMiB", r.get(Col.IN_USE));
    d.attribute("totalDiskMiB", r.get(Col.TOTAL_DISK));
    d.attribute("haRestartPriority", r.get(Col.HA_RESTART_PRIORITY));
    d.attribute("haIsolationResponse", r.get(Col.HA_ISOLATION_RESPONSE));
    d.attribute("haVmMonitoring", r.get(Col.HA_VM_MONITORING));
    d.attribute("ftState", r.get(Col.FT_STATE));
    d.attribute("ftRole", r.get(Col.FT_ROLE));
  }

  /** vCenter custom attributes: the columns between "Annotation" and the next standard column. */
  private static void customAttributes(Row r, Header header, VmDraft d) {
    int annotation = header.find(Col.ANNOTATION.aliases());
    if (annotation < 0) {
      return;
    }
    List<String> names = header.names();
    for (int i = annotation + 1; i < names.size() && !AFTER_CUSTOM.contains(Header.key(names.get(i))); i++) {
      if (names.get(i) != null && !names.get(i).isBlank()) {
        d.attribute("custom." + names.get(i).strip(), r.cell(i));
      }
    }
  }

  static String powerState(String s) {
    if (s == null) {
      return null;
    }
    String t = s.toLowerCase(Locale.ROOT);
    return t.endsWith("on") ? "on" : t.endsWith("off") ? "off" : t.startsWith("suspend") ? "suspended" : null;
  }

  private static String firmware(String s) {
    if (s == null) {
      return null;
    }
    String t = s.toLowerCase(Locale.ROOT);
    return t.contains("efi") ? "uefi" : t.contains("bios") ? "bios" : null;
  }
}
