package io.kubelift.inventory;

import io.kubelift.model.Application;
import io.kubelift.model.InputFile;
import io.kubelift.model.Inventory;
import io.kubelift.model.Rejected;
import io.kubelift.model.Vm;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Places VMs in applications. A VM joins an application that lists it, or the one it names itself; an application
 * named only by its VMs is created with its own facts unknown. An application declared twice takes the later
 * declaration (the later input wins; the earlier one is listed as rejected). A VM claimed by two applications stays
 * in the one whose name sorts first and the other claim is rejected, so the outcome never depends on record order.
 */
final class ApplicationResolver {
  private ApplicationResolver() {}

  static Inventory resolve(List<Vm> vms, List<Application> declared, List<InputFile> files) {
    Map<String, Application> apps = new LinkedHashMap<>();
    Map<String, List<Rejected>> extraRejects = new HashMap<>();
    for (Application a : declared) {
      Application earlier = apps.put(a.name(), a);
      if (earlier != null) {
        reject(extraRejects, earlier, "application '" + a.name() + "' is declared again at " + a.source()
            + "; the later declaration is used");
      }
    }
    Map<String, String[]> membership = new HashMap<>();
    List<Application> byName = new ArrayList<>(apps.values());
    byName.sort(java.util.Comparator.comparing(Application::name));
    for (Application a : byName) {
      for (Application.Member m : a.vms()) {
        String[] prev = membership.putIfAbsent(m.name(), new String[] {a.name(), m.role()});
        if (prev != null && !prev[0].equals(a.name())) {
          reject(extraRejects, a, "VM '" + m.name() + "' is already in application '" + prev[0] + "'");
        }
      }
    }
    List<Vm> placed = new ArrayList<>(vms.size());
    for (Vm vm : vms) {
      String[] m = membership.get(vm.name());
      if (m != null) {
        placed.add(vm.inApplication(m[0], m[1] != null ? m[1] : vm.role()));
      } else if (vm.application() != null) {
        apps.computeIfAbsent(vm.application(), n -> new Application(n, vm.source(), null, List.of(), null, null,
            null, null, null, null));
        placed.add(vm);
      } else {
        placed.add(vm);
      }
    }
    // One pass groups the VMs by the application they name, so placing members costs a hash lookup per VM, not a
    // scan of every VM per application.
    Map<String, List<Vm>> naming = new HashMap<>();
    for (Vm vm : placed) {
      if (vm.application() != null) {
        naming.computeIfAbsent(vm.application(), k -> new ArrayList<>()).add(vm);
      }
    }
    List<Application> resolved = new ArrayList<>();
    for (Application a : apps.values()) {
      resolved.add(withSelfDeclaredMembers(a, naming.getOrDefault(a.name(), List.of())));
    }
    return new Inventory(placed, resolved, addRejects(files, extraRejects));
  }

  /** The application with the VMs that name it but that it does not list, in the order they were read. */
  private static Application withSelfDeclaredMembers(Application a, List<Vm> naming) {
    List<Application.Member> members = new ArrayList<>(a.vms());
    java.util.Set<String> listed = new java.util.HashSet<>();
    a.vms().forEach(m -> listed.add(m.name()));
    for (Vm vm : naming) {
      if (!listed.contains(vm.name())) {
        members.add(new Application.Member(vm.name(), vm.role()));
      }
    }
    return new Application(a.name(), a.source(), a.pattern(), members, a.exposure(), a.dependencies(),
        a.clusterSoftware(), a.fencing(), a.segments(), a.vip());
  }

  private static void reject(Map<String, List<Rejected>> out, Application a, String reason) {
    String file = a.source() == null ? "" : a.source().file();
    out.computeIfAbsent(file, k -> new ArrayList<>()).add(new Rejected(String.valueOf(a.source()), reason));
  }

  static List<InputFile> addRejects(List<InputFile> files, Map<String, List<Rejected>> extra) {
    List<InputFile> out = new ArrayList<>();
    for (InputFile f : files) {
      List<Rejected> more = extra.get(f.path());
      if (more == null) {
        out.add(f);
      } else {
        List<Rejected> all = new ArrayList<>(f.rejected());
        all.addAll(more);
        out.add(new InputFile(f.path(), f.format(), f.records(), all));
      }
    }
    return out;
  }
}
