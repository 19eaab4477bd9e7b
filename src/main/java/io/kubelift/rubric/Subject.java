package io.kubelift.rubric;

import io.kubelift.model.ClusterFacts;
import io.kubelift.model.Vm;
import java.util.List;

/**
 * What rules are evaluated against: a VM (and, in a {@code forEach} rule, one of its disks, NICs or devices) or an
 * application, plus the target cluster's facts. Made by {@link RuleEvaluator#subject}, it reads every fact the rules'
 * conditions consult once, into the frames its evaluator's {@link Layout} describes, and counts the known ones: the
 * rules, their undecided findings and confidence then read the same values from arrays.
 */
public final class Subject {
  private final Layout layout;
  private final Vm vm;
  private final ApplicationSubject application;
  private final ClusterFacts cluster;
  private final Object[] frame;
  /** Per element scope, the VM's elements ({@code null}: unknown) and their values, element after element. */
  private final List<?>[] lists = new List<?>[Layout.ELEMENT_SCOPES.length];
  private final Object[][] elementFrames = new Object[Layout.ELEMENT_SCOPES.length][];
  private final int known;
  private final int consulted;
  /**
   * Bit n set when frame slot n holds a value, and per element scope bit n set when slot n holds a value for any
   * element: a rule none of whose facts is known here has the same answer on every such subject, found without
   * evaluating it (meaningful only where {@link Layout#masked}).
   */
  private final long knownSlots;
  /** Per element scope (disk, NIC, device), in fields rather than an array: one object less per subject. */
  private long diskKnown;
  private long nicKnown;
  private long deviceKnown;
  /** The current element: its scope's index (-1: none), its scope's frame, where its values start, its position. */
  private int scope = -1;
  private Object[] elementFrame;
  /** How many values each element of the scope entered has in its frame. */
  private int width;
  private int base;
  private int index;

  Subject(Layout layout, Vm vm, ApplicationSubject application, ClusterFacts cluster) {
    this.layout = layout;
    this.vm = vm;
    this.application = application;
    this.cluster = cluster;
    Fact[] own = layout.own;
    frame = new Object[own.length + layout.cluster.length];
    int known = 0;
    long knownSlots = 0;
    for (int i = 0; i < own.length; i++) {
      Object v = own[i].valueOf(own[i].scope() == Scope.VM ? vm : application);
      frame[i] = v;
      if (v != null) {
        known++;
        knownSlots |= 1L << i; // beyond 64 slots the bits wrap: the layout then offers no mask (Layout.masked)
      }
    }
    Layout.ClusterValues cv = layout.clusterValues(cluster);
    System.arraycopy(cv.values, 0, frame, own.length, cv.values.length);
    known += cv.known;
    this.knownSlots = knownSlots | cv.knownSlots;
    int consulted = frame.length;
    for (int e = 0; vm != null && e < lists.length; e++) {
      List<?> list = Layout.elements(e, vm);
      lists[e] = list;
      Fact[] facts = layout.elements[e];
      if (facts.length == 0) {
        continue;
      }
      if (list == null) {
        consulted++; // the elements themselves are an unknown fact
        continue;
      }
      Object[] values = new Object[list.size() * facts.length];
      long knownHere = 0;
      for (int i = 0, k = 0; i < list.size(); i++) {
        Object element = list.get(i);
        for (int j = 0; j < facts.length; j++) {
          Object v = facts[j].valueOf(element);
          values[k++] = v;
          if (v != null) {
            known++;
            knownHere |= 1L << j;
          }
        }
      }
      elementFrames[e] = values;
      if (e == 0) {
        diskKnown = knownHere;
      } else if (e == 1) {
        nicKnown = knownHere;
      } else {
        deviceKnown = knownHere;
      }
      consulted += values.length;
    }
    this.known = known;
    this.consulted = consulted;
  }

  /**
   * A subject of this layout where every fact is unknown and each element scope holds one element: what a rule
   * answers when none of its facts is known.
   */
  static Subject blank(Layout layout) {
    return new Subject(layout);
  }

  private Subject(Layout layout) {
    this.layout = layout;
    this.vm = null;
    this.application = null;
    this.cluster = null;
    this.frame = new Object[layout.own.length + layout.cluster.length];
    for (int e = 0; e < elementFrames.length; e++) {
      elementFrames[e] = new Object[layout.elements[e].length];
      lists[e] = java.util.Collections.singletonList(null);
    }
    this.known = 0;
    this.consulted = 0;
    this.knownSlots = 0;
  }

  Layout layout() {
    return layout;
  }

  /** Which frame slots hold a value, a bit each. */
  long knownSlots() {
    return knownSlots;
  }

  /** Which slots of that element scope hold a value for some element, a bit each. */
  long elementKnown(int elementIndex) {
    return elementIndex == 0 ? diskKnown : elementIndex == 1 ? nicKnown : deviceKnown;
  }

  /** The VM's elements of that scope index, {@code null} when unknown (or the subject is an application). */
  List<?> elements(int elementIndex) {
    return lists[elementIndex];
  }

  /** Enters the element scope of that index, for a {@code forEach} rule; {@link #select} picks an element. */
  void enter(int elementIndex) {
    scope = elementIndex;
    elementFrame = elementFrames[elementIndex];
    width = layout.elements[elementIndex].length;
  }

  /** Points the rule at the i-th element of the scope entered. */
  void select(int i) {
    base = i * width;
    index = i;
  }

  /** Leaves the element scope. */
  void leave() {
    scope = -1;
    elementFrame = null;
  }

  /** The value kept at a {@link Layout} locator, {@code null} when unknown. */
  Object at(int locator) {
    return locator >= 0 ? frame[locator] : locator != Layout.NONE ? elementFrame[base - 1 - locator] : null;
  }

  /** The fact's value here, or {@code null} when unknown; facts the conditions do not consult are read now. */
  public Object value(Fact f) {
    Scope sc = f.scope();
    int e = Layout.elementIndex(sc);
    if (e >= 0 && e != scope) {
      return null; // an element fact outside its forEach: never in a loaded rubric
    }
    int loc = layout.locator(f);
    if (loc != Layout.NONE) {
      return at(loc);
    }
    Object owner = e >= 0 ? lists[e].get(index) : sc == Scope.VM ? vm : sc == Scope.CLUSTER ? cluster : application;
    return f.valueOf(owner);
  }

  /** How many of the facts the conditions consult are known here. */
  public Tally tally() {
    return new Tally(known, consulted);
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
