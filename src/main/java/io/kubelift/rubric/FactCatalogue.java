package io.kubelift.rubric;

import io.kubelift.model.Application;
import io.kubelift.model.ClusterFacts;
import io.kubelift.model.Device;
import io.kubelift.model.Disk;
import io.kubelift.model.Nic;
import io.kubelift.model.Vm;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * Every fact a rule may name, with its type and how it is read from the model. The rubric loader refuses rules that
 * name anything else. Derived facts (counts, sums) are unknown as soon as one of their inputs is.
 */
public final class FactCatalogue {
  private static final FactCatalogue DEFAULT = new FactCatalogue();
  private final Map<String, Fact> facts = new LinkedHashMap<>();

  private FactCatalogue() {
    VmFacts.register(this);
    ElementFacts.register(this);
    ApplicationFacts.register(this);
    ClusterFactNames.register(this);
  }

  /** The catalogue of facts KubeLift's model provides. */
  public static FactCatalogue standard() {
    return DEFAULT;
  }

  /** The fact of that name, or {@code null}. */
  public Fact get(String name) {
    return facts.get(name);
  }

  /** How many facts there are; fact indexes run from 0 to this. */
  public int size() {
    return facts.size();
  }

  /** All facts, in declaration order. */
  public Collection<Fact> all() {
    return Collections.unmodifiableCollection(facts.values());
  }

  void add(String name, FactType type, String description, Function<Object, Object> extractor, String... values) {
    Scope scope = Scope.ofFact(name);
    if (scope == null || facts.containsKey(name)) {
      throw new IllegalStateException("bad fact declaration " + name);
    }
    facts.put(name, new Fact(name, scope, type, description, List.of(values), extractor, facts.size()));
  }

  /**
   * The extractor itself, not wrapped: its own bridge method casts the subject to {@code type}, which costs one call
   * less per fact read than a wrapping lambda (every VM reads some sixty facts).
   */
  @SuppressWarnings("unchecked")
  static <T> Function<Object, Object> on(Class<T> type, Function<T, Object> f) {
    return (Function<Object, Object>) (Function<?, Object>) f;
  }

  static Integer count(Collection<?> c) {
    return c == null ? null : c.size();
  }

  /** Number of elements matching, or null when the list or any element's value is unknown. */
  static <T> Integer countWhere(List<T> list, Function<T, Boolean> test) {
    if (list == null) {
      return null;
    }
    int n = 0;
    for (T t : list) {
      Boolean b = test.apply(t);
      if (b == null) {
        return null;
      }
      if (b) {
        n++;
      }
    }
    return n;
  }

  /** Distinct non-null values, lower-cased and sorted, or null when the list or any value is unknown. */
  static <T> List<String> distinct(List<T> list, Function<T, String> value) {
    if (list == null) {
      return null;
    }
    if (list.size() == 1) { // most VMs have one NIC: nothing to sort or merge
      String v = value.apply(list.get(0));
      return v == null ? null : List.of(v.toLowerCase(java.util.Locale.ROOT));
    }
    // Sorted in an array rather than a TreeSet: a VM has a few disks or NICs, and this runs for every VM.
    String[] all = new String[list.size()];
    for (int i = 0; i < all.length; i++) {
      String v = value.apply(list.get(i));
      if (v == null) {
        return null;
      }
      all[i] = v.toLowerCase(java.util.Locale.ROOT);
    }
    java.util.Arrays.sort(all);
    List<String> out = new ArrayList<>(all.length);
    for (String v : all) {
      if (out.isEmpty() || !out.get(out.size() - 1).equals(v)) {
        out.add(v);
      }
    }
    return out;
  }

  /** Keeps the scope classes' imports honest for the subjects they read. */
  static final List<Class<?>> SUBJECTS =
      List.of(Vm.class, Disk.class, Nic.class, Device.class, ApplicationSubject.class, Application.class,
          ClusterFacts.class);
}
