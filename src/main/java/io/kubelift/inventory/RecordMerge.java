package io.kubelift.inventory;

import io.kubelift.model.Provenance;
import io.kubelift.model.Vm;
import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/**
 * Folds the records of one VM read from several inputs into one, field by field and in input order: a later
 * input's known value replaces an earlier one, an unknown ({@code null}) never erases a known one, and every
 * replaced value that differed is noted with both locations. Nested records (OS, firmware, kernel, workload) merge
 * field by field, maps key by key, lists as a whole. A value that only refines another ({@code 8} and {@code 8.6})
 * keeps the finer one without a note.
 */
final class RecordMerge {
  private final Map<String, String> origin = new HashMap<>();
  private final List<String> notes = new ArrayList<>();
  private final String first;

  private RecordMerge(String first) {
    this.first = first;
  }

  /**
   * The records of one VM merged in input order, with their sources and the notes on what was replaced.
   *
   * @param primary the record that named the VM first; its name and location are kept
   * @param records every record of the VM, {@code primary} among them, in input order
   */
  static Vm fold(Vm primary, List<Vm> records) {
    Vm out = records.get(0);
    RecordMerge m = new RecordMerge(String.valueOf(out.source()));
    List<String> sources = new ArrayList<>();
    sources.add(String.valueOf(primary.source())); // first, as vms[].source, even when guest facts came earlier
    if (out != primary) {
      sources.add(String.valueOf(out.source()));
    }
    for (Vm next : records.subList(1, records.size())) {
      if (next != primary) {
        sources.add(String.valueOf(next.source()));
      }
      out = (Vm) m.merge(out, next, "", String.valueOf(next.source()));
    }
    Map<String, String> attrs = new LinkedHashMap<>(out.attributes());
    attrs.remove(ReadResult.HOSTNAMES);
    if (records.size() > 1) {
      attrs.put(Provenance.SOURCES, String.join("\n", sources));
    }
    for (String n : m.notes) {
      attrs = Provenance.withNote(attrs, n);
    }
    return new Vm(primary.name(), primary.source(), out.application(), out.role(), out.os(), out.firmware(),
        out.cpus(), out.memoryMiB(), out.powerState(), out.disks(), out.nics(), out.devices(), out.kernel(),
        out.guestAgent(), out.virtioDrivers(), out.snapshots(), out.workload(), out.platform(), attrs);
  }

  private Object merge(Object old, Object neu, String path, String from) {
    if (neu == null || path.equals("source") || path.equals("name")) {
      return old;
    }
    if (old == null) {
      origin.put(path, from);
      return neu;
    }
    if (old instanceof Record && old.getClass() == neu.getClass()) {
      return mergeRecord((Record) old, (Record) neu, path, from);
    }
    if (old instanceof Map && neu instanceof Map) {
      return mergeMap((Map<?, ?>) old, (Map<?, ?>) neu, path, from);
    }
    if (same(old, neu)) {
      return old;
    }
    if (old instanceof String && neu instanceof String && refines((String) old, (String) neu)) {
      return ((String) old).length() >= ((String) neu).length() ? old : neu;
    }
    notes.add(path + ": " + describe(neu) + " from " + from + " replaces " + describe(old) + " from "
        + origin.getOrDefault(path, first));
    origin.put(path, from);
    return neu;
  }

  private Object mergeRecord(Record old, Record neu, String path, String from) {
    RecordComponent[] parts = old.getClass().getRecordComponents();
    Object[] values = new Object[parts.length];
    Class<?>[] types = new Class<?>[parts.length];
    try {
      for (int i = 0; i < parts.length; i++) {
        String sub = path.isEmpty() ? parts[i].getName() : path + "." + parts[i].getName();
        values[i] = merge(parts[i].getAccessor().invoke(old), parts[i].getAccessor().invoke(neu), sub, from);
        types[i] = parts[i].getType();
      }
      Constructor<?> c = old.getClass().getDeclaredConstructor(types);
      return c.newInstance(values);
    } catch (ReflectiveOperationException e) {
      throw new IllegalStateException("cannot merge " + old.getClass().getSimpleName(), e instanceof
          InvocationTargetException ? e.getCause() : e);
    }
  }

  private Map<Object, Object> mergeMap(Map<?, ?> old, Map<?, ?> neu, String path, String from) {
    Map<Object, Object> out = new LinkedHashMap<>(old);
    for (Map.Entry<?, ?> e : neu.entrySet()) {
      String key = String.valueOf(e.getKey());
      if (key.equals(Provenance.NOTES) && out.get(key) != null) {
        out.put(key, out.get(key) + "\n" + e.getValue());
      } else if (!key.startsWith("kubelift.")) {
        out.put(e.getKey(), merge(out.get(e.getKey()), e.getValue(), path + "." + key, from));
      }
    }
    return out;
  }

  private static boolean same(Object a, Object b) {
    if (a instanceof Number && b instanceof Number) {
      double x = ((Number) a).doubleValue();
      double y = ((Number) b).doubleValue();
      return Math.abs(x - y) <= 0.005 * Math.max(Math.abs(x), Math.abs(y));
    }
    if (a instanceof String && b instanceof String) {
      return ((String) a).equalsIgnoreCase((String) b);
    }
    return Objects.equals(a, b);
  }

  /** "8" and "8.6", "web01" and "web01.example.com": one is the other with more detail. */
  private static boolean refines(String a, String b) {
    String x = a.toLowerCase(Locale.ROOT);
    String y = b.toLowerCase(Locale.ROOT);
    return y.startsWith(x + ".") || x.startsWith(y + ".");
  }

  private static String describe(Object v) {
    if (v instanceof List) {
      int n = ((List<?>) v).size();
      return n == 1 ? "1 entry" : n + " entries";
    }
    String s = String.valueOf(v);
    return s.length() > 80 ? s.substring(0, 77) + "..." : s;
  }
}
