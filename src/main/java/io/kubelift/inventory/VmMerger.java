package io.kubelift.inventory;

import io.kubelift.inventory.common.SameNames;
import io.kubelift.model.Provenance;
import io.kubelift.model.Rejected;
import io.kubelift.model.Vm;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Decides which records of different inputs describe the same VM, then merges them (later input wins, see
 * {@link RecordMerge}). Records are the same VM when their {@code uuid} attributes agree, else when they have the
 * same name. Within one input, two VMs of the same name stay two VMs; a record of another input that would match
 * both is rejected rather than guessed. Same-named VMs kept apart (one input naming two, or UUIDs that differ) are
 * each flagged with a note naming the others (see {@link SameNames}). Guest facts join the one VM whose name or DNS name
 * matches one of their host names, and are rejected when none or several do. Every lookup is a hash lookup.
 */
final class VmMerger {
  private final List<Entry> entries = new ArrayList<>();
  private final Map<String, List<Entry>> byName = new HashMap<>();
  private final Map<String, Entry> byUuid = new HashMap<>();
  private final Map<String, List<Rejected>> rejected = new LinkedHashMap<>();

  /** One VM and every record of it, with the input each came from. */
  private static final class Entry {
    final Vm primary;
    final List<Vm> records = new ArrayList<>();
    final List<Integer> inputs = new ArrayList<>();

    Entry(Vm primary) {
      this.primary = primary;
    }

    void add(int input, Vm vm) {
      int at = 0;
      while (at < inputs.size() && inputs.get(at) <= input) {
        at++;
      }
      inputs.add(at, input);
      records.add(at, vm);
    }
  }

  /** One input's records, in command-line order. */
  record Part(String path, ReadResult result) {}

  /** The merged VMs, in the order they were first read, and the records rejected on the way, by input path. */
  record Merged(List<Vm> vms, Map<String, List<Rejected>> rejected) {}

  static Merged merge(List<Part> parts) {
    VmMerger m = new VmMerger();
    for (int i = 0; i < parts.size(); i++) {
      for (Vm vm : parts.get(i).result().vms()) {
        m.place(i, parts.get(i).path(), vm);
      }
    }
    boolean anyFacts = parts.stream().anyMatch(p -> !p.result().guestFacts().isEmpty());
    Map<String, List<Entry>> hosts = anyFacts ? m.hostIndex() : Map.of();
    for (int i = 0; i < parts.size(); i++) {
      for (Vm facts : parts.get(i).result().guestFacts()) {
        m.attach(i, parts.get(i).path(), facts, hosts);
      }
    }
    List<Vm> out = new ArrayList<>(m.entries.size());
    for (Entry e : m.entries) {
      out.add(m.flagSameName(e, e.records.size() == 1 ? e.primary : RecordMerge.fold(e.primary, e.records)));
    }
    return new Merged(out, m.rejected);
  }

  private void place(int input, String path, Vm vm) {
    String uuid = uuid(vm);
    Entry target = uuid == null ? null : byUuid.get(uuid);
    if (target != null && target.inputs.contains(input)) {
      target = null;
    }
    if (target == null) {
      List<Entry> named = new ArrayList<>();
      for (Entry e : byName.getOrDefault(vm.name(), List.of())) {
        if (!e.inputs.contains(input) && (uuid == null || uuid(e.primary) == null)) {
          named.add(e);
        }
      }
      if (named.size() > 1) {
        List<String> where = new ArrayList<>();
        named.forEach(e -> where.add(String.valueOf(e.primary.source())));
        reject(path, vm, named.size() + " VMs named '" + vm.name() + "' were read before (" + String.join(", ",
            where) + "); cannot tell which this record describes, so it is not merged");
        return;
      }
      target = named.isEmpty() ? null : named.get(0);
    }
    if (target == null) {
      target = new Entry(vm);
      entries.add(target);
      byName.computeIfAbsent(vm.name(), k -> new ArrayList<>(1)).add(target);
    }
    target.add(input, vm);
    if (uuid != null) {
      byUuid.putIfAbsent(uuid, target);
    }
  }

  /**
   * A VM that shares its name with VMs kept apart from it gets a note naming them: those of its own input unless
   * the reader noted them already, and those of other inputs (different UUIDs, or an input naming it twice).
   */
  private Vm flagSameName(Entry e, Vm vm) {
    List<String> sameInput = new ArrayList<>();
    List<String> otherInput = new ArrayList<>();
    boolean uuidsDiffer = true;
    for (Entry o : byName.get(e.primary.name())) {
      if (o == e) {
        continue;
      }
      if (o.inputs.stream().anyMatch(e.inputs::contains)) {
        sameInput.add(String.valueOf(o.primary.source()));
      } else {
        otherInput.add(String.valueOf(o.primary.source()));
        uuidsDiffer &= uuid(o.primary) != null && uuid(e.primary) != null && !uuid(o.primary).equals(uuid(e.primary));
      }
    }
    Vm out = vm;
    if (!sameInput.isEmpty() && Provenance.notes(vm).stream().noneMatch(n -> n.startsWith(SameNames.SAME_INPUT))) {
      out = SameNames.withNote(out, SameNames.sameInput(sameInput));
    }
    return otherInput.isEmpty() ? out : SameNames.withNote(out, SameNames.otherInput(otherInput, uuidsDiffer));
  }

  private void attach(int input, String path, Vm facts, Map<String, List<Entry>> hosts) {
    Set<Entry> found = new LinkedHashSet<>();
    for (String h : keys(facts.name(), facts.attributes().get(ReadResult.HOSTNAMES))) {
      found.addAll(hosts.getOrDefault(h, List.of()));
    }
    if (found.size() == 1) {
      found.iterator().next().add(input, facts);
    } else {
      reject(path, facts, found.isEmpty()
          ? "guest facts of '" + facts.name() + "' match no VM of the other inputs by name or DNS name"
          : "guest facts of '" + facts.name() + "' match " + found.size() + " VMs; cannot tell which");
    }
  }

  /** VM names and DNS names, lower case, each also without its domain. */
  private Map<String, List<Entry>> hostIndex() {
    Map<String, List<Entry>> out = new HashMap<>();
    for (Entry e : entries) {
      for (String k : keys(e.primary.name(), e.primary.attributes().get("dnsName"))) {
        List<Entry> l = out.computeIfAbsent(k, x -> new ArrayList<>(1));
        if (!l.contains(e)) {
          l.add(e);
        }
      }
    }
    return out;
  }

  private static Set<String> keys(String name, String more) {
    Set<String> out = new LinkedHashSet<>();
    List<String> all = new ArrayList<>();
    all.add(name);
    if (more != null) {
      all.addAll(List.of(more.split("\n")));
    }
    for (String s : all) {
      if (s != null && !s.isBlank()) {
        String k = s.strip().toLowerCase(Locale.ROOT);
        out.add(k);
        out.add(k.contains(".") && !Character.isDigit(k.charAt(0)) ? k.substring(0, k.indexOf('.')) : k);
      }
    }
    return out;
  }

  private static String uuid(Vm vm) {
    String u = vm.attributes().get("uuid");
    return u == null || u.isBlank() ? null : u.strip().toLowerCase(Locale.ROOT);
  }

  private void reject(String path, Vm vm, String reason) {
    rejected.computeIfAbsent(path, k -> new ArrayList<>()).add(new Rejected(String.valueOf(vm.source()), reason));
  }
}
