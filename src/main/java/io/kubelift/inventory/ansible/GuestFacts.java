package io.kubelift.inventory.ansible;

import com.fasterxml.jackson.databind.JsonNode;
import io.kubelift.inventory.ReadResult;
import io.kubelift.inventory.text.GuestOs;
import io.kubelift.model.Kernel;
import io.kubelift.model.Os;
import io.kubelift.model.SourceRef;
import io.kubelift.model.Vm;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * What the Ansible facts of one host say about its VM: the OS as the guest reports it, the running kernel and its
 * command line, SELinux and the virtualization the guest sees. Guest-visible memory and CPUs are left out: they
 * differ from the configured values for reasons (hot-add, reservations) that are not disagreements.
 */
final class GuestFacts {
  private GuestFacts() {}

  /** Why these facts are not those of a VM guest, or {@code null}. */
  static String notAGuest(JsonNode f) {
    String role = f.path("ansible_virtualization_role").asText("");
    if (role.equalsIgnoreCase("host")) {
      return "is a virtualization host (ansible_virtualization_role: host), not a VM";
    }
    return null;
  }

  static Vm vm(String name, SourceRef at, JsonNode f) {
    Map<String, String> attrs = new TreeMap<>();
    put(attrs, "selinux", selinux(f.path("ansible_selinux")));
    String type = text(f, "ansible_virtualization_type");
    String role = text(f, "ansible_virtualization_role");
    put(attrs, "guest.virtualization", type == null ? null : role == null ? type : type + " (" + role + ")");
    put(attrs, "guest.fqdn", text(f, "ansible_fqdn"));
    put(attrs, "guest.productName", text(f, "ansible_product_name"));
    Set<String> names = new LinkedHashSet<>();
    for (String k : new String[] {"ansible_hostname", "ansible_fqdn", "ansible_nodename"}) {
      if (text(f, k) != null) {
        names.add(text(f, k));
      }
    }
    attrs.put(ReadResult.HOSTNAMES, String.join("\n", names));
    String kernelVersion = text(f, "ansible_kernel");
    String cmdline = cmdline(f.has("ansible_proc_cmdline") ? f.path("ansible_proc_cmdline")
        : f.path("ansible_cmdline"));
    Kernel kernel = kernelVersion == null && cmdline == null ? null
        : new Kernel(null, kernelVersion, cmdline, null, null, null);
    return new Vm(name, at, null, null, os(f), null, null, null, null, null, null, null, kernel, null, null, null,
        null, null, attrs);
  }

  private static Os os(JsonNode f) {
    String family = text(f, "ansible_os_family");
    String system = text(f, "ansible_system");
    String distribution = text(f, "ansible_distribution");
    if (family == null && system == null && distribution == null) {
      return null;
    }
    String arch = text(f, "ansible_architecture");
    arch = arch != null && arch.startsWith("64") ? "x86_64" : arch != null && arch.startsWith("32") ? "i686" : arch;
    boolean windows = "windows".equalsIgnoreCase(family) || system != null && system.startsWith("Win");
    if (windows) {
      Os parsed = GuestOs.parse(distribution);
      return new Os("windows", parsed == null ? "windows" : parsed.distribution(),
          parsed == null ? null : parsed.version(), arch);
    }
    boolean linux = "linux".equalsIgnoreCase(system);
    // Some releases report no full version (Debian testing, distributions Ansible only partly knows), but still
    // their major version, which is what support lifecycles are decided on.
    String version = text(f, "ansible_distribution_version");
    if (version == null || !Character.isDigit(version.charAt(0))) {
      String major = text(f, "ansible_distribution_major_version");
      version = major != null && Character.isDigit(major.charAt(0)) ? major : version;
    }
    return new Os(linux ? "linux" : system == null ? null : "other", GuestOs.distribution(distribution), version,
        arch);
  }

  /** A command line as Ansible splits it ({"ro": true, "root": "/dev/sda1"}), written out again. */
  static String cmdline(JsonNode c) {
    if (!c.isObject() || c.isEmpty()) {
      return c.isTextual() ? c.asText() : null;
    }
    StringBuilder sb = new StringBuilder();
    for (Iterator<Map.Entry<String, JsonNode>> it = c.fields(); it.hasNext();) {
      Map.Entry<String, JsonNode> e = it.next();
      JsonNode v = e.getValue();
      Iterable<JsonNode> values = v.isArray() ? v : java.util.List.of(v);
      for (JsonNode one : values) {
        sb.append(sb.length() == 0 ? "" : " ").append(e.getKey());
        if (!(one.isBoolean() && one.asBoolean())) {
          sb.append('=').append(one.asText());
        }
      }
    }
    return sb.toString();
  }

  private static String selinux(JsonNode s) {
    if (s.isMissingNode() || s.isNull()) {
      return null;
    }
    if (s.isBoolean() || s.isTextual()) {
      return s.asText();
    }
    String status = s.path("status").asText(null);
    String mode = s.path("mode").asText(null);
    return mode != null && "enabled".equalsIgnoreCase(status) ? mode.toLowerCase(Locale.ROOT) : status;
  }

  private static String text(JsonNode f, String key) {
    JsonNode n = f.path(key);
    String t = n.isValueNode() ? n.asText().strip() : null;
    return t == null || t.isEmpty() || t.equalsIgnoreCase("NA") ? null : t;
  }

  private static void put(Map<String, String> m, String k, String v) {
    if (v != null) {
      m.put(k, v);
    }
  }
}
