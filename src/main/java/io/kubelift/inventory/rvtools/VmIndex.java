package io.kubelift.inventory.rvtools;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Finds the vInfo VM a row of another tab belongs to, by hash lookups only: by VM UUID, then by VM ID (a vCenter
 * managed-object id, unique per vCenter server), then by name when the name is unique and no id contradicts it.
 */
final class VmIndex {
  private final Map<String, VmDraft> byUuid = new HashMap<>();
  private final Map<String, List<VmDraft>> byId = new HashMap<>();
  private final Map<String, List<VmDraft>> byName = new HashMap<>();

  void add(VmDraft d) {
    if (d.uuid != null) {
      byUuid.putIfAbsent(d.uuid.toLowerCase(java.util.Locale.ROOT), d);
    }
    if (d.vmId != null) {
      byId.computeIfAbsent(d.vmId, k -> new ArrayList<>(1)).add(d);
    }
    byName.computeIfAbsent(d.name, k -> new ArrayList<>(1)).add(d);
  }

  /** The VMs of that name, in vInfo order. */
  List<VmDraft> named(String name) {
    return byName.getOrDefault(name, List.of());
  }

  /** The VM a detail row belongs to, or {@code null}; {@link #why} then says why. */
  VmDraft find(Row r) {
    String uuid = r.get(Col.VM_UUID);
    if (uuid != null) {
      VmDraft d = byUuid.get(uuid.toLowerCase(java.util.Locale.ROOT));
      if (d != null) {
        return d;
      }
    }
    String id = r.get(Col.VM_ID);
    if (id != null) {
      VmDraft d = byId(id, r.get(Col.SDK_SERVER));
      if (d != null) {
        return d;
      }
    }
    List<VmDraft> named = named(r.get(Col.VM));
    if (named.size() != 1) {
      return null;
    }
    VmDraft d = named.get(0);
    boolean contradicts = uuid != null && d.uuid != null || id != null && d.vmId != null;
    return contradicts ? null : d;
  }

  /** Why {@link #find} found no VM for the row. */
  String why(Row r) {
    String name = r.get(Col.VM);
    String id = r.get(Col.VM_UUID) != null ? "VM UUID " + r.get(Col.VM_UUID)
        : r.get(Col.VM_ID) != null ? "VM ID " + r.get(Col.VM_ID) : null;
    int n = named(name).size();
    if (name == null && id == null) {
      return "no VM name or id";
    }
    if (n > 1 && id == null) {
      return n + " VMs in vInfo are named '" + name + "' and the row has no VM ID or UUID to tell them apart";
    }
    return "no VM in vInfo " + (id != null ? "with " + id + (n > 0 ? " (the VM named '" + name
        + "' has another id)" : name == null ? "" : " or named '" + name + "'") : "named '" + name + "'");
  }

  /** The VM of that id; several vCenters may use the same id, then the server decides. */
  private VmDraft byId(String id, String server) {
    VmDraft only = null;
    for (VmDraft d : byId.getOrDefault(id, List.of())) {
      if (server == null || d.server == null || d.server.equalsIgnoreCase(server)) {
        if (only != null) {
          return null;
        }
        only = d;
      }
    }
    return only;
  }
}
