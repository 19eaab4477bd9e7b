package io.kubelift.rubric;

import io.kubelift.model.ClusterFacts;
import io.kubelift.model.Vm;
import java.util.List;

/**
 * What a condition is evaluated against: a VM (and, in a {@code forEach} rule, one of its disks, NICs or devices)
 * or an application, plus the target cluster's facts. Every fact value is read once per subject (per element for
 * element facts): several rules, their messages and the tally consult the same values.
 */
public final class Subject {
  private static final FactCatalogue CATALOGUE = FactCatalogue.standard();
  /** A cached value that was read and is unknown; {@code null} in a cache means not read yet. */
  private static final Object UNKNOWN = new Object();
  private static final int ELEMENT_SCOPES = 3;
  /** Per element scope, how many facts it has. */
  private static final int[] SIZES = {
    CATALOGUE.scopeSize(Scope.DISK), CATALOGUE.scopeSize(Scope.NIC), CATALOGUE.scopeSize(Scope.DEVICE)
  };

  private final Vm vm;
  private final ApplicationSubject application;
  private final ClusterFacts cluster;
  /** Values of VM, application and cluster facts, by fact index. */
  private final Object[] cache = new Object[CATALOGUE.size()];
  /** Per element scope (disk, NIC, device), the values of its facts, element after element; made on first use. */
  private final Object[][] elementCaches = new Object[ELEMENT_SCOPES][];
  private List<?> elements;
  private int elementSize;
  private Object element;
  private Scope elementScope;
  private Object[] elementCache;
  private int elementBase;

  private Subject(Vm vm, ApplicationSubject application, ClusterFacts cluster) {
    this.vm = vm;
    this.application = application;
    this.cluster = cluster;
  }

  public static Subject of(Vm vm, ClusterFacts cluster) {
    return new Subject(vm, null, cluster);
  }

  public static Subject of(ApplicationSubject app, ClusterFacts cluster) {
    return new Subject(null, app, cluster);
  }

  /** Points {@code forEach} rules at the VM's elements of that scope; {@link #element(int)} picks one. */
  void elements(Scope scope, List<?> elements) {
    int slot = scope.ordinal() - Scope.DISK.ordinal();
    Object[] c = elementCaches[slot];
    if (c == null) {
      c = new Object[elements.size() * SIZES[slot]];
      elementCaches[slot] = c;
    }
    this.elements = elements;
    this.elementSize = SIZES[slot];
    this.elementScope = scope;
    this.elementCache = c;
  }

  /** Points {@code forEach} rules at the i-th of the elements. */
  void element(int i) {
    this.element = elements.get(i);
    this.elementBase = i * elementSize;
  }

  /** Leaves the element scope. */
  void noElement() {
    this.elements = null;
    this.element = null;
    this.elementScope = null;
    this.elementCache = null;
  }

  /** The fact's value here, or {@code null} when unknown. */
  public Object value(Fact f) {
    Scope scope = f.scope();
    if (scope == elementScope) {
      return cached(elementCache, elementBase + f.slot(), f, element);
    }
    if (scope == Scope.VM) {
      return cached(cache, f.index(), f, vm);
    }
    if (scope == Scope.CLUSTER) {
      return cached(cache, f.index(), f, cluster);
    }
    if (scope == Scope.APPLICATION) {
      return cached(cache, f.index(), f, application);
    }
    return f.valueOf(element); // an element fact outside its forEach: never in a loaded rubric
  }

  private static Object cached(Object[] c, int i, Fact f, Object subject) {
    Object v = c[i];
    if (v == null) {
      v = f.valueOf(subject);
      c[i] = v == null ? UNKNOWN : v;
      return v;
    }
    return v == UNKNOWN ? null : v;
  }

  public Vm vm() {
    return vm;
  }

  public ApplicationSubject application() {
    return application;
  }

  public ClusterFacts cluster() {
    return cluster;
  }
}
