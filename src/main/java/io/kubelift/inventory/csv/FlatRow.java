package io.kubelift.inventory.csv;

import io.kubelift.inventory.text.BadValue;
import io.kubelift.inventory.text.GuestOs;
import io.kubelift.model.Firmware;
import io.kubelift.model.HealthCheck;
import io.kubelift.model.HostNeeds;
import io.kubelift.model.Kernel;
import io.kubelift.model.Os;
import io.kubelift.model.SourceRef;
import io.kubelift.model.Vm;
import io.kubelift.model.Workload;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/** Maps one row of the flat CSV to a VM; a blank cell is an unknown fact. */
final class FlatRow {
  private FlatRow() {}

  static Vm vm(FlatColumns c, SourceRef at) {
    Long memory = c.integer("memory_mib") != null ? Long.valueOf(c.integer("memory_mib"))
        : c.number("memory_gib") == null ? null : Math.round(c.number("memory_gib") * 1024);
    return new Vm(c.text("name"), at, c.text("application"), c.text("role"), os(c), firmware(c), c.integer("cpus"),
        memory, powerState(c.text("power_state")), CellLists.disks(c.text("disks")), CellLists.nics(c.text("nics")),
        CellLists.devices(c.text("devices")), kernel(c), c.bool("guest_agent"), c.bool("virtio_drivers"),
        c.integer("snapshots"), workload(c), platform(c), c.others());
  }

  private static Os os(FlatColumns c) {
    Os parsed = GuestOs.parse(c.text("os"));
    String family = c.text("os_family");
    String distribution = c.text("os_distribution");
    String version = c.text("os_version");
    String arch = c.text("arch");
    if (parsed == null && family == null && distribution == null && version == null && arch == null) {
      return null;
    }
    return new Os(family != null ? family.toLowerCase(Locale.ROOT) : parsed == null ? null : parsed.family(),
        distribution != null ? GuestOs.distribution(distribution) : parsed == null ? null : parsed.distribution(),
        version != null ? version : parsed == null ? null : parsed.version(),
        arch != null ? arch : parsed == null ? null : parsed.arch());
  }

  private static Firmware firmware(FlatColumns c) {
    String type = c.text("firmware");
    Boolean secure = c.bool("secure_boot");
    Boolean tpm = c.bool("tpm");
    if (type == null && secure == null && tpm == null) {
      return null;
    }
    String t = type == null ? null : type.toLowerCase(Locale.ROOT).contains("efi") ? "uefi"
        : type.equalsIgnoreCase("bios") ? "bios" : bad("firmware", type, "bios or uefi");
    return new Firmware(t, secure, tpm);
  }

  private static Kernel kernel(FlatColumns c) {
    HostNeeds host = new HostNeeds(c.bool("hugepages"), c.bool("dedicated_cpus"), c.bool("numa_pinning"),
        c.bool("realtime"));
    boolean noHost = host.hugepages() == null && host.dedicatedCpus() == null && host.numaPinning() == null
        && host.realtime() == null;
    Boolean custom = c.bool("kernel_custom");
    String version = c.text("kernel_version");
    String cmdline = c.text("kernel_cmdline");
    Boolean directBoot = c.bool("direct_boot");
    if (noHost && custom == null && version == null && cmdline == null && directBoot == null) {
      return null;
    }
    return new Kernel(custom, version, cmdline, null, null, noHost ? null : host, directBoot);
  }

  private static Workload workload(FlatColumns c) {
    Boolean stateful = c.bool("stateful");
    String data = enumOf(c, "data_location", "local-file-db", "local-db", "local-disk", "external-db", "none");
    String backup = enumOf(c, "backup", "none", "volume", "file", "agent");
    String recreate = enumOf(c, "auto_recreate", "wanted", "forbidden");
    Integer replicas = c.integer("replicas");
    HealthCheck health = health(c.text("health_check"));
    List<String> hosts = c.list("hardcoded_hostnames");
    List<String> ips = c.list("hardcoded_ips");
    if (stateful == null && data == null && backup == null && recreate == null && replicas == null && health == null
        && hosts == null && ips == null) {
      return null;
    }
    return new Workload(stateful, data, hosts, ips, health, backup, recreate, replicas, null);
  }

  /** {@code none}, {@code exec}, {@code tcp:5432} or {@code http:8080/healthz}. */
  static HealthCheck health(String s) {
    if (s == null) {
      return null;
    }
    String t = s.toLowerCase(Locale.ROOT);
    if (t.equals("none")) {
      return new HealthCheck(false, null, null, null);
    }
    if (t.equals("exec")) {
      return new HealthCheck(true, "exec", null, null);
    }
    java.util.regex.Matcher m = java.util.regex.Pattern.compile("(http|tcp):(\\d{1,5})(/\\S*)?").matcher(t);
    if (!m.matches()) {
      return bad("health_check", s, "none, exec, tcp:PORT or http:PORT/PATH");
    }
    return new HealthCheck(true, m.group(1), Integer.valueOf(m.group(2)), m.group(3));
  }

  private static Map<String, Boolean> platform(FlatColumns c) {
    Map<String, Boolean> out = new TreeMap<>();
    if (c.bool("ha") != null) {
      out.put("ha", c.bool("ha"));
    }
    if (c.bool("fault_tolerance") != null) {
      out.put("faultTolerance", c.bool("fault_tolerance"));
    }
    return out.isEmpty() ? null : out;
  }

  private static String powerState(String s) {
    if (s == null) {
      return null;
    }
    String t = s.toLowerCase(Locale.ROOT).replace("powered", "").strip();
    return t.equals("on") || t.equals("off") || t.startsWith("suspend") ? (t.startsWith("suspend") ? "suspended" : t)
        : bad("power_state", s, "on, off or suspended");
  }

  private static String enumOf(FlatColumns c, String column, String... allowed) {
    String v = c.text(column);
    if (v == null) {
      return null;
    }
    for (String a : allowed) {
      if (a.equalsIgnoreCase(v)) {
        return a;
      }
    }
    return bad(column, v, String.join(", ", allowed));
  }

  private static <T> T bad(String column, String value, String expected) {
    throw new BadValue("column '" + column + "': '" + io.kubelift.inventory.text.Values.clip(value)
        + "' is not one of " + expected);
  }
}
