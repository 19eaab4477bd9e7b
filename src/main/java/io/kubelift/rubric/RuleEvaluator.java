package io.kubelift.rubric;

import io.kubelift.model.ClusterFacts;
import io.kubelift.model.Vm;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Evaluates a rubric's rules on one VM or application. Stateless apart from the rubric, so one instance may serve
 * many threads.
 */
public final class RuleEvaluator {
  private final Rubric rubric;
  private final List<Rule> vmRules;
  private final List<Rule> appRules;
  private final List<Fact> vmFacts = new ArrayList<>();
  private final List<Fact> appFacts = new ArrayList<>();
  private final List<Fact> diskFacts = new ArrayList<>();
  private final List<Fact> nicFacts = new ArrayList<>();
  private final List<Fact> deviceFacts = new ArrayList<>();
  /** Per rule, its undecided findings (see {@link Undecided}). */
  private final java.util.Map<Rule, Undecided> undecided = new java.util.IdentityHashMap<>();
  /** The same for the VM rules and the application rules, in their order: evaluation needs no lookup. */
  private final Undecided[] vmStates;
  private final Undecided[] appStates;

  public RuleEvaluator(Rubric rubric) {
    this.rubric = rubric;
    this.vmRules = rubric.rulesFor(Target.VM);
    this.appRules = rubric.rulesFor(Target.APPLICATION);
    for (Fact f : rubric.factsFor(Target.VM)) {
      listFor(f.scope(), vmFacts).add(f);
    }
    for (Fact f : rubric.factsFor(Target.APPLICATION)) {
      appFacts.add(f);
    }
    for (Rule r : rubric.rules()) {
      Set<Fact> fs = new java.util.TreeSet<>(java.util.Comparator.comparing(Fact::name));
      r.when().checks(c -> {
        if (c.whenUnknown() == null && c.operator() != Operator.EXISTS) {
          fs.add(c.fact());
        }
      });
      undecided.put(r, new Undecided(r, fs.toArray(new Fact[0])));
    }
    vmStates = vmRules.stream().map(undecided::get).toArray(Undecided[]::new);
    appStates = appRules.stream().map(undecided::get).toArray(Undecided[]::new);
  }

  private List<Fact> listFor(Scope s, List<Fact> whole) {
    return s == Scope.DISK ? diskFacts : s == Scope.NIC ? nicFacts : s == Scope.DEVICE ? deviceFacts : whole;
  }

  public Rubric rubric() {
    return rubric;
  }

  /** The findings of every VM rule on this VM, in rule order. */
  public List<Finding> evaluate(Vm vm, ClusterFacts cluster) {
    return evaluate(Subject.of(vm, cluster));
  }

  /**
   * The findings of every VM rule on the subject's VM, in rule order. Given the subject, the caller can take the
   * {@link #tally(Subject)} from the same fact values rather than read them again.
   */
  public List<Finding> evaluate(Subject s) {
    List<Finding> out = new ArrayList<>(vmStates.length);
    for (Undecided u : vmStates) {
      Finding f = evaluate(u, s);
      if (f != null) {
        out.add(f);
      }
    }
    return out;
  }

  /** The findings of every application rule on this application, in rule order. */
  public List<Finding> evaluate(ApplicationSubject app, ClusterFacts cluster) {
    Subject s = Subject.of(app, cluster);
    List<Finding> out = new ArrayList<>();
    for (Undecided u : appStates) {
      Finding f = evaluate(u, s);
      if (f != null) {
        out.add(f);
      }
    }
    return out;
  }

  /** One rule on one subject: a finding when it fired or could not be decided, {@code null} when it did not. */
  public Finding evaluate(Rule r, Subject s) {
    return evaluate(undecided.get(r), s);
  }

  private Finding evaluate(Undecided u, Subject s) {
    Rule r = u.rule;
    if (r.forEach() == null) {
      Truth t = Condition.evaluate(r.when(), s);
      if (t == Truth.TRUE) {
        return Finding.fired(r, List.of(r.message().values(s)), 0);
      }
      return t == Truth.UNKNOWN ? u.on(s) : null;
    }
    List<?> elements = elements(r.forEach(), s.vm());
    if (elements == null) {
      return u.withoutElements();
    }
    return eachElement(u, s, elements);
  }

  private Finding eachElement(Undecided u, Subject s, List<?> elements) {
    Rule r = u.rule;
    Condition when = r.when();
    List<List<String>> fired = null;
    int firedCount = 0;
    int unknownCount = 0;
    long[] unknown = null;
    s.elements(r.forEach(), elements);
    for (int i = 0; i < elements.size(); i++) {
      s.element(i);
      Truth t = Condition.evaluate(when, s);
      if (t == Truth.TRUE) {
        if (firedCount++ < MAX_LISTED) {
          if (fired == null) {
            fired = new ArrayList<>(2);
          }
          fired.add(r.message().values(s));
        }
      } else if (t == Truth.UNKNOWN && firedCount == 0) {
        if (unknownCount < MAX_LISTED) {
          if (unknown == null) {
            unknown = new long[2 * MAX_LISTED];
          }
          unknown[2 * unknownCount] = i + 1;
          unknown[2 * unknownCount + 1] = u.missing(s);
        }
        unknownCount++;
      }
    }
    s.noElement();
    if (firedCount > 0) {
      return Finding.fired(r, fired, firedCount - fired.size());
    }
    if (unknownCount == 0) {
      return null;
    }
    return u.onElements(java.util.Arrays.copyOf(unknown, 2 * Math.min(unknownCount, MAX_LISTED)), unknownCount,
        r.forEach().prefix(), MAX_LISTED);
  }

  /** How many elements a finding's message names before summarising the rest. */
  static final int MAX_LISTED = 10;

  static List<?> elements(Scope scope, Vm vm) {
    switch (scope) {
      case DISK:
        return vm.disks();
      case NIC:
        return vm.nics();
      case DEVICE:
        return vm.devices();
      default:
        throw new IllegalArgumentException("not an element scope: " + scope);
    }
  }

  /** How many of the facts the VM rules consult are known for this VM. */
  public Tally tally(Vm vm, ClusterFacts cluster) {
    return tally(Subject.of(vm, cluster));
  }

  /** How many of the facts the VM rules consult are known for the subject's VM. */
  public Tally tally(Subject s) {
    int[] kc = new int[2];
    count(s, vmFacts, kc);
    countElements(s, Scope.DISK, diskFacts, kc);
    countElements(s, Scope.NIC, nicFacts, kc);
    countElements(s, Scope.DEVICE, deviceFacts, kc);
    return new Tally(kc[0], kc[1]);
  }

  /** How many of the facts the application rules consult are known for this application. */
  public Tally tally(ApplicationSubject app, ClusterFacts cluster) {
    int[] kc = new int[2];
    count(Subject.of(app, cluster), appFacts, kc);
    return new Tally(kc[0], kc[1]);
  }

  private static void countElements(Subject s, Scope scope, List<Fact> facts, int[] kc) {
    if (facts.isEmpty()) {
      return;
    }
    List<?> elements = elements(scope, s.vm());
    if (elements == null) {
      kc[1]++;
      return;
    }
    s.elements(scope, elements);
    for (int i = 0; i < elements.size(); i++) {
      s.element(i);
      count(s, facts, kc);
    }
    s.noElement();
  }

  private static void count(Subject s, List<Fact> facts, int[] kc) {
    for (Fact f : facts) {
      kc[1]++;
      if (s.value(f) != null) {
        kc[0]++;
      }
    }
  }
}
