package io.kubelift.rubric;

import io.kubelift.model.ClusterFacts;
import io.kubelift.model.Vm;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Arrays;
import java.util.List;

/**
 * Where a {@link Subject} keeps the value of each fact the conditions of one target's rules consult: the VM's (or
 * application's) facts and then the cluster's in one frame, and per element scope (disk, NIC, device) one frame with
 * the values of each element in turn. A fact's place is its locator: {@code n >= 0} is slot n of the subject's
 * frame, {@code -1 - n} slot n of the current element's; {@link #NONE} means not kept (a fact only a message names,
 * read when the message is written). These are exactly the facts confidence counts, so a subject reads each once,
 * when it is made, and counts as it reads.
 */
final class Layout {
  /** The locator of a fact the frames do not keep. */
  static final int NONE = Integer.MIN_VALUE;
  /** The element scopes, in the order of {@link #elementIndex}. */
  static final Scope[] ELEMENT_SCOPES = {Scope.DISK, Scope.NIC, Scope.DEVICE};

  final Target target;
  /** The subject's own facts (VM or application), slots 0 to {@code own.length - 1}. */
  final Fact[] own;
  /** The cluster's facts, in the slots after the own ones. */
  final Fact[] cluster;
  /** Per element scope, its facts in element-slot order. */
  final Fact[][] elements = new Fact[ELEMENT_SCOPES.length][];
  private final int[] locators;
  /**
   * Whether the frame and every element frame have at most 64 slots, so that a {@link Subject} can tell with one
   * long which of them hold a value.
   */
  final boolean masked;
  /** The cluster's values for the last cluster seen: one run assesses every VM against the same cluster. */
  private volatile ClusterValues last;

  Layout(Target target, Collection<Fact> consulted, int catalogueSize) {
    this.target = target;
    locators = new int[catalogueSize];
    Arrays.fill(locators, NONE);
    List<Fact> own = new ArrayList<>();
    List<Fact> cluster = new ArrayList<>();
    List<List<Fact>> elements = List.of(new ArrayList<>(), new ArrayList<>(), new ArrayList<>());
    for (Fact f : consulted) {
      int e = elementIndex(f.scope());
      (e >= 0 ? elements.get(e) : f.scope() == Scope.CLUSTER ? cluster : own).add(f);
    }
    this.own = own.toArray(new Fact[0]);
    this.cluster = cluster.toArray(new Fact[0]);
    int slot = 0;
    for (Fact f : this.own) {
      locators[f.index()] = slot++;
    }
    for (Fact f : this.cluster) {
      locators[f.index()] = slot++;
    }
    boolean masked = slot <= Long.SIZE;
    for (int e = 0; e < ELEMENT_SCOPES.length; e++) {
      this.elements[e] = elements.get(e).toArray(new Fact[0]);
      for (int i = 0; i < this.elements[e].length; i++) {
        locators[this.elements[e][i].index()] = -1 - i;
      }
      masked &= this.elements[e].length <= Long.SIZE;
    }
    this.masked = masked;
  }

  /** 0, 1, 2 for disk, NIC, device; -1 for any other scope. */
  static int elementIndex(Scope s) {
    return s == Scope.DISK ? 0 : s == Scope.NIC ? 1 : s == Scope.DEVICE ? 2 : -1;
  }

  /** The VM's disks, NICs or devices; {@code null} when unknown. */
  static List<?> elements(int elementIndex, Vm vm) {
    return elementIndex == 0 ? vm.disks() : elementIndex == 1 ? vm.nics() : vm.devices();
  }

  /** Where a fact's value is kept. */
  int locator(Fact f) {
    return f.index() < locators.length ? locators[f.index()] : NONE;
  }

  /**
   * Where a check of a rule iterating {@code each} finds its fact: an element fact of another scope has no value
   * there (the loader refuses such rules; a rule built by hand gets UNKNOWN).
   */
  int locator(Fact f, Scope each) {
    int e = elementIndex(f.scope());
    return e >= 0 && f.scope() != each ? NONE : locator(f);
  }

  /** The cluster facts' values for this cluster, read once per cluster. */
  ClusterValues clusterValues(ClusterFacts c) {
    ClusterValues v = last;
    if (v == null || v.cluster != c) {
      Object[] values = new Object[cluster.length];
      int known = 0;
      long knownSlots = 0;
      for (int i = 0; i < values.length; i++) {
        values[i] = cluster[i].valueOf(c);
        if (values[i] != null) {
          known++;
          knownSlots |= 1L << (own.length + i);
        }
      }
      v = new ClusterValues(c, values, known, knownSlots);
      last = v;
    }
    return v;
  }

  /** One cluster's values of the cluster facts, and how many are known. */
  static final class ClusterValues {
    final ClusterFacts cluster;
    final Object[] values;
    final int known;
    /** Bit n set when frame slot n (a cluster fact's, after the own ones) holds a value. */
    final long knownSlots;

    ClusterValues(ClusterFacts cluster, Object[] values, int known, long knownSlots) {
      this.cluster = cluster;
      this.values = values;
      this.known = known;
      this.knownSlots = knownSlots;
    }
  }
}
