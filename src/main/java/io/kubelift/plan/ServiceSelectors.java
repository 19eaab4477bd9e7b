package io.kubelift.plan;

import io.kubelift.model.Application;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** Which VM templates serve a host name or a role, and on which ports, from the application's facts. */
final class ServiceSelectors {
  /** A selector matching VM template labels, and the ports known for it. */
  record Target(Map<String, String> selector, List<Integer> ports) {}

  private final Draft d;
  private final Application app;

  ServiceSelectors(Draft d) {
    this.d = d;
    this.app = d.subject.application();
  }

  /** The VMs a host name stands for: the role a dependency names with it, else the member of that name. */
  Target forHostname(String host) {
    String shortName = host.split("\\.", 2)[0];
    List<Integer> ports = new ArrayList<>();
    String role = null;
    for (Application.Dependency dep : dependencies()) {
      if (dep.hostname() != null && (dep.hostname().equalsIgnoreCase(host)
          || dep.hostname().equalsIgnoreCase(shortName))) {
        role = role == null ? dep.to() : role;
        addPort(ports, dep.port());
      }
    }
    if (role != null) {
      Target t = forRole(role);
      return t == null ? null : new Target(t.selector(), ports.isEmpty() ? exposedPorts(role) : ports);
    }
    for (VmTarget vm : d.vms) {
      if (vm.vm().name().equalsIgnoreCase(host) || vm.vm().name().equalsIgnoreCase(shortName)) {
        return new Target(byVm(vm), portsOf(vm));
      }
    }
    return null;
  }

  /** The VMs of a role, or the VM of that name (exposures may name either). */
  Target forRole(String role) {
    String component = role == null ? "" : DnsNames.sanitise(role);
    if (!component.isEmpty() && d.vms.stream().anyMatch(v -> component.equals(v.component()))) {
      Map<String, String> sel = new LinkedHashMap<>();
      sel.put(Resources.PART_OF, d.subject.label());
      sel.put(Resources.COMPONENT, component);
      return new Target(sel, exposedPorts(role));
    }
    for (VmTarget vm : d.vms) {
      if (vm.vm().name().equals(role)) {
        return new Target(byVm(vm), portsOf(vm));
      }
    }
    return null;
  }

  private Map<String, String> byVm(VmTarget vm) {
    Map<String, String> sel = new LinkedHashMap<>();
    sel.put(Resources.PART_OF, d.subject.label());
    sel.put(Resources.VM, vm.name());
    return sel;
  }

  private List<Integer> portsOf(VmTarget vm) {
    List<Integer> ports = new ArrayList<>(exposedPorts(vm.vm().name()));
    if (vm.vm().role() != null) {
      exposedPorts(vm.vm().role()).forEach(p -> addPort(ports, p));
      for (Application.Dependency dep : dependencies()) {
        if (vm.vm().role().equals(dep.to())) {
          addPort(ports, dep.port());
        }
      }
    }
    return ports;
  }

  private List<Integer> exposedPorts(String role) {
    List<Integer> ports = new ArrayList<>();
    for (Application.Exposure e : app == null || app.exposure() == null ? List.<Application.Exposure>of()
        : app.exposure()) {
      if (role != null && role.toLowerCase(Locale.ROOT).equals(lower(e.role()))) {
        addPort(ports, e.port());
      }
    }
    return ports;
  }

  private List<Application.Dependency> dependencies() {
    return app == null || app.dependencies() == null ? List.of() : app.dependencies();
  }

  private static String lower(String s) {
    return s == null ? null : s.toLowerCase(Locale.ROOT);
  }

  private static void addPort(List<Integer> ports, Integer p) {
    if (p != null && !ports.contains(p)) {
      ports.add(p);
    }
  }
}
