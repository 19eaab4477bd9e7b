package io.kubelift.rubric;

import io.kubelift.model.ClusterFacts;
import io.kubelift.model.Vm;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Evaluates a rubric's rules on one VM or application. Made once per rubric, it compiles every rule's condition
 * into a {@link Program} over the frames of a {@link Layout}; it is stateless apart from that, so one instance may
 * serve many threads.
 */
public final class RuleEvaluator {
  private final Rubric rubric;
  private final Layout vmLayout;
  private final Layout appLayout;
  /** The VM rules and the application rules, compiled, in rule order. */
  private final Compiled[] vmRules;
  private final Compiled[] appRules;
  private final Map<Rule, Compiled> compiled = new IdentityHashMap<>();

  public RuleEvaluator(Rubric rubric) {
    this.rubric = rubric;
    int size = FactCatalogue.standard().size();
    this.vmLayout = new Layout(Target.VM, rubric.factsFor(Target.VM), size);
    this.appLayout = new Layout(Target.APPLICATION, rubric.factsFor(Target.APPLICATION), size);
    this.vmRules = compile(rubric.rulesFor(Target.VM), vmLayout);
    this.appRules = compile(rubric.rulesFor(Target.APPLICATION), appLayout);
  }

  private Compiled[] compile(List<Rule> rules, Layout layout) {
    Compiled[] out = new Compiled[rules.size()];
    Subject blank = Subject.blank(layout);
    for (int i = 0; i < out.length; i++) {
      out[i] = new Compiled(rules.get(i), layout, blank);
      compiled.put(rules.get(i), out[i]);
    }
    return out;
  }

  /** A rule ready to evaluate: its program, its element scope, its undecided findings. */
  private static final class Compiled {
    final Rule rule;
    final Program when;
    /** The index of the element scope it iterates ({@link Layout#elementIndex}), or -1. */
    final int each;
    final Undecided undecided;
    /** For a rule without forEach whose message has no placeholders, its one fired finding, shared; else null. */
    final Finding firedPlain;
    /**
     * The frame slots and element slots its conditions read, a bit each, and what it answers when none of them
     * holds a value: {@link #BLIND_NONE} (no finding), {@link #BLIND_UNDECIDED} (every fact missing),
     * {@link #BLIND_FIRED} (its shared fired finding), or {@link #BLIND_EVALUATE} when the answer needs the subject
     * after all (it fires on elements or names values) or the layout has too many slots for masks. An estate read from one source lacks the same facts everywhere (RVTools
     * knows nothing of kernels or workloads): most rules are then decided by two masks rather than evaluated.
     */
    final long frameSlots;
    final long elementSlots;
    final int blind;

    Compiled(Rule rule, Layout layout, Subject blank) {
      this.rule = rule;
      this.firedPlain = rule.forEach() == null && rule.message().facts().isEmpty()
          ? Finding.fired(rule, List.of(List.of()), 0) : null;
      this.when = Program.compile(rule, layout);
      this.each = rule.forEach() == null ? -1 : Layout.elementIndex(rule.forEach());
      Set<Fact> fs = new TreeSet<>(Comparator.comparing(Fact::name));
      rule.when().checks(c -> {
        if (c.whenUnknown() == null && c.operator() != Operator.EXISTS) {
          fs.add(c.fact());
        }
      });
      Fact[] facts = fs.toArray(new Fact[0]);
      int[] locators = new int[facts.length];
      for (int i = 0; i < facts.length; i++) {
        locators[i] = layout.locator(facts[i], rule.forEach());
      }
      this.undecided = new Undecided(rule, facts, locators);
      long[] slots = new long[2];
      boolean[] maskable = {layout.masked};
      rule.when().checks(c -> {
        int at = layout.locator(c.fact(), rule.forEach());
        if (at == Layout.NONE) {
          maskable[0] = false;
        } else if (at >= 0) {
          slots[0] |= 1L << at;
        } else {
          slots[1] |= 1L << (-1 - at);
        }
      });
      this.frameSlots = slots[0];
      this.elementSlots = slots[1];
      Truth t;
      if (each < 0) {
        t = when.evaluate(blank);
      } else {
        blank.enter(each);
        blank.select(0);
        t = when.evaluate(blank);
        blank.leave();
      }
      this.blind = !maskable[0] ? BLIND_EVALUATE : t == Truth.FALSE ? BLIND_NONE
          : t == Truth.UNKNOWN ? BLIND_UNDECIDED : firedPlain != null ? BLIND_FIRED : BLIND_EVALUATE;
    }
  }

  private static final int BLIND_EVALUATE = 0;
  private static final int BLIND_NONE = 1;
  private static final int BLIND_UNDECIDED = 2;
  /** A rule without forEach or placeholders that fires when none of its facts is known (on purpose: whenUnknown). */
  private static final int BLIND_FIRED = 3;

  public Rubric rubric() {
    return rubric;
  }

  /** A VM and the target cluster, with the facts the VM rules consult read. */
  public Subject subject(Vm vm, ClusterFacts cluster) {
    return new Subject(vmLayout, vm, null, cluster);
  }

  /** An application and the target cluster, with the facts the application rules consult read. */
  public Subject subject(ApplicationSubject app, ClusterFacts cluster) {
    return new Subject(appLayout, null, app, cluster);
  }

  /** The findings of every VM rule on this VM, in rule order. */
  public List<Finding> evaluate(Vm vm, ClusterFacts cluster) {
    return evaluate(subject(vm, cluster));
  }

  /** The findings of every application rule on this application, in rule order. */
  public List<Finding> evaluate(ApplicationSubject app, ClusterFacts cluster) {
    return evaluate(subject(app, cluster));
  }

  /**
   * The findings of every rule of the subject's target (VM or application), in rule order. The subject's
   * {@link Subject#tally()} counts the same fact values.
   */
  public List<Finding> evaluate(Subject s) {
    Compiled[] rules = rulesFor(s);
    List<Finding> out = new ArrayList<>(rules.length);
    for (Compiled c : rules) {
      Finding f = evaluate(c, s);
      if (f != null) {
        out.add(f);
      }
    }
    return out;
  }

  private Compiled[] rulesFor(Subject s) {
    if (s.layout() == vmLayout) {
      return vmRules;
    }
    if (s.layout() == appLayout) {
      return appRules;
    }
    throw new IllegalArgumentException("a subject made by another evaluator");
  }

  /** One rule on one subject: a finding when it fired or could not be decided, {@code null} when it did not. */
  public Finding evaluate(Rule r, Subject s) {
    Compiled c = compiled.get(r);
    if (c == null || (r.appliesTo() == Target.VM ? vmLayout : appLayout) != s.layout()) {
      throw new IllegalArgumentException("rule " + r.id() + " is not in this evaluator's rubric for this subject");
    }
    return evaluate(c, s);
  }

  private Finding evaluate(Compiled c, Subject s) {
    if (c.blind != BLIND_EVALUATE && (s.knownSlots() & c.frameSlots) == 0) {
      // None of its frame facts is known here: its answer is the one it gives when nothing is known, when (for a
      // forEach rule) no element knows any of its element facts either, the same on every element.
      if (c.each < 0) {
        return c.blind == BLIND_NONE ? null : c.blind == BLIND_UNDECIDED ? c.undecided.on(c.undecided.all())
            : c.firedPlain;
      }
      List<?> elements = s.elements(c.each);
      if (elements != null && !elements.isEmpty() && (s.elementKnown(c.each) & c.elementSlots) == 0) {
        return c.blind == BLIND_NONE ? null : c.undecided.onRun(elements.size(), c.undecided.all(), MAX_LISTED);
      }
    }
    if (c.each < 0) {
      Truth t = c.when.evaluate(s);
      if (t == Truth.TRUE) {
        return c.firedPlain != null ? c.firedPlain : Finding.fired(c.rule, List.of(c.rule.message().values(s)), 0);
      }
      return t == Truth.UNKNOWN ? c.undecided.on(s) : null;
    }
    List<?> elements = s.elements(c.each);
    if (elements == null) {
      return c.undecided.withoutElements();
    }
    return eachElement(c, s, elements.size());
  }

  private Finding eachElement(Compiled c, Subject s, int size) {
    List<String> first = null; // the first element's placeholder values: most rules fire on one element if any
    List<List<String>> fired = null;
    int firedCount = 0;
    int unknownCount = 0;
    long[] unknown = null;
    // While the undecided elements are the first ones, each missing the same facts (a VM whose NICs all lack the
    // same fact), they are known by their count and those facts, and listed only if that stops being so.
    boolean run = true;
    long runMissing = 0;
    s.enter(c.each);
    for (int i = 0; i < size; i++) {
      s.select(i);
      Truth t = c.when.evaluate(s);
      if (t == Truth.TRUE) {
        if (firedCount == 0) {
          first = c.rule.message().values(s);
        } else if (firedCount < MAX_LISTED) {
          if (fired == null) {
            fired = new ArrayList<>(4);
            fired.add(first);
          }
          fired.add(c.rule.message().values(s));
        }
        firedCount++;
      } else if (t == Truth.UNKNOWN && firedCount == 0) {
        long missing = c.undecided.missing(s);
        if (unknownCount == 0) {
          runMissing = missing;
        }
        if (run && (unknownCount != i || missing != runMissing)) {
          run = false;
          unknown = Undecided.run(Math.min(unknownCount, MAX_LISTED), runMissing, 2 * MAX_LISTED);
        }
        if (!run && unknownCount < MAX_LISTED) {
          unknown[2 * unknownCount] = i + 1;
          unknown[2 * unknownCount + 1] = missing;
        }
        unknownCount++;
      }
    }
    s.leave();
    if (firedCount > 0) {
      return fired == null ? Finding.fired(c.rule, List.of(first), 0)
          : Finding.fired(c.rule, fired, firedCount - fired.size());
    }
    if (unknownCount == 0) {
      return null;
    }
    if (run) {
      return c.undecided.onRun(unknownCount, runMissing, MAX_LISTED);
    }
    return c.undecided.onElements(Arrays.copyOf(unknown, 2 * Math.min(unknownCount, MAX_LISTED)), unknownCount,
        MAX_LISTED);
  }

  /** How many elements a finding's message names before summarising the rest. */
  static final int MAX_LISTED = 10;

  /** How many of the facts the VM rules consult are known for this VM. */
  public Tally tally(Vm vm, ClusterFacts cluster) {
    return subject(vm, cluster).tally();
  }

  /** How many of the facts the application rules consult are known for this application. */
  public Tally tally(ApplicationSubject app, ClusterFacts cluster) {
    return subject(app, cluster).tally();
  }
}
