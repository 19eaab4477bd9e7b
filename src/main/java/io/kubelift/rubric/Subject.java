package io.kubelift.rubric;

import io.kubelift.model.ClusterFacts;
import io.kubelift.model.Vm;

/**
 * What a condition is evaluated against: a VM (and, in a {@code forEach} rule, one of its disks, NICs or devices)
 * or an application, plus the target cluster's facts.
 */
public final class Subject {
  private final Vm vm;
  private final ApplicationSubject application;
  private final ClusterFacts cluster;
  private Object element;
  /** Values of VM, application and cluster facts, read once: several rules and the tally consult the same. */
  private final Object[] cache = new Object[FactCatalogue.standard().size()];
  /** Which entries of {@link #cache} are read, a bit each (a value read may be {@code null}: unknown). */
  private final long[] read = new long[(cache.length + Long.SIZE - 1) / Long.SIZE];

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

  /** Points {@code forEach} rules at the next element. */
  void element(Object e) {
    this.element = e;
  }

  /** The fact's value here, or {@code null} when unknown. */
  public Object value(Fact f) {
    switch (f.scope()) {
      case VM:
        return cached(f, vm);
      case APPLICATION:
        return cached(f, application);
      case CLUSTER:
        return cached(f, cluster);
      default:
        return f.valueOf(element);
    }
  }

  private Object cached(Fact f, Object subject) {
    int i = f.index();
    long bit = 1L << (i & (Long.SIZE - 1));
    if ((read[i >>> 6] & bit) == 0) {
      cache[i] = f.valueOf(subject);
      read[i >>> 6] |= bit;
    }
    return cache[i];
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
