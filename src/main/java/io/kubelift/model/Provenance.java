package io.kubelift.model;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Where a VM's facts came from and what the readers noticed on the way, kept in {@link Vm#attributes()} under
 * reserved keys so that the model's records keep their shape. A VM read from one input has no {@link #SOURCES}
 * entry (its {@link Vm#source()} says it all); a VM merged from several inputs lists them all, first input first.
 * Notes say what a report should show next to the VM: two inputs that disagreed and which value was kept, another
 * VM of the same input with the same name, counts that do not add up.
 */
public final class Provenance {
  /** Every input that described the VM, one location a line. */
  public static final String SOURCES = "kubelift.sources";
  /** What was noticed while reading and merging, one note a line. */
  public static final String NOTES = "kubelift.notes";

  private Provenance() {}

  /** Every location the VM was read from, first input first. */
  public static List<String> sources(Vm vm) {
    String s = vm.attributes().get(SOURCES);
    if (s != null) {
      return List.of(s.split("\n"));
    }
    return vm.source() == null ? List.of() : List.of(vm.source().toString());
  }

  /** The notes on a VM, in the order they were made. */
  public static List<String> notes(Vm vm) {
    return lines(vm.attributes().get(NOTES));
  }

  /** Attributes with a note added after those already there. */
  public static Map<String, String> withNote(Map<String, String> attributes, String note) {
    Map<String, String> out = new TreeMap<>(attributes);
    List<String> all = new ArrayList<>(lines(out.get(NOTES)));
    all.add(note.replace('\n', ' ').replace('\r', ' '));
    out.put(NOTES, String.join("\n", all));
    return out;
  }

  private static List<String> lines(String s) {
    return s == null || s.isEmpty() ? List.of() : List.of(s.split("\n"));
  }
}
