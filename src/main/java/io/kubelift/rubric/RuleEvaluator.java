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
  /** Per rule, the facts whose absence makes it undecided, sorted by name, for UNKNOWN messages. */
  private final java.util.Map<Rule, Fact[]> undecidable = new java.util.IdentityHashMap<>();
  /** Per rule, its undecided findings by message; filled as VMs are evaluated, from any thread. */
  private final java.util.Map<Rule, java.util.concurrent.ConcurrentHashMap<String, Finding>> undecided =
      new java.util.IdentityHashMap<>();
  /** The same, by the set of missing facts (bit i: the i-th of {@link #undecidable}), for rules without forEach. */
  private final java.util.Map<Rule, java.util.concurrent.ConcurrentHashMap<Long, Finding>> byMissing =
      new java.util.IdentityHashMap<>();

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
      undecidable.put(r, fs.toArray(new Fact[0]));
      undecided.put(r, new java.util.concurrent.ConcurrentHashMap<>());
      byMissing.put(r, new java.util.concurrent.ConcurrentHashMap<>());
    }
  }

  private List<Fact> listFor(Scope s, List<Fact> whole) {
    return s == Scope.DISK ? diskFacts : s == Scope.NIC ? nicFacts : s == Scope.DEVICE ? deviceFacts : whole;
  }

  public Rubric rubric() {
    return rubric;
  }

  /** The findings of every VM rule on this VM, in rule order. */
  public List<Finding> evaluate(Vm vm, ClusterFacts cluster) {
    Subject s = Subject.of(vm, cluster);
    List<Finding> out = new ArrayList<>();
    for (Rule r : vmRules) {
      Finding f = evaluate(r, s);
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
    for (Rule r : appRules) {
      Finding f = evaluate(r, s);
      if (f != null) {
        out.add(f);
      }
    }
    return out;
  }

  /** One rule on one subject: a finding when it fired or could not be decided, {@code null} when it did not. */
  public Finding evaluate(Rule r, Subject s) {
    if (r.forEach() == null) {
      Truth t = r.when().evaluate(s);
      if (t == Truth.TRUE) {
        return Finding.fired(r, List.of(r.message().values(s)), 0);
      }
      return t == Truth.UNKNOWN ? undecided(r, s) : null;
    }
    List<?> elements = elements(r.forEach(), s.vm());
    if (elements == null) {
      return undecided(r, "unknown: vm." + r.forEach().prefix() + "s");
    }
    return eachElement(r, s, elements);
  }

  private Finding eachElement(Rule r, Subject s, List<?> elements) {
    List<List<String>> fired = new ArrayList<>(2);
    int firedCount = 0;
    Messages unknown = new Messages();
    for (int i = 0; i < elements.size(); i++) {
      s.element(elements.get(i));
      Truth t = r.when().evaluate(s);
      if (t == Truth.TRUE) {
        if (firedCount++ < MAX_LISTED) {
          fired.add(r.message().values(s));
        }
      } else if (t == Truth.UNKNOWN && firedCount == 0) {
        unknown.add(unknown.full() ? null : unknownFacts(r, s, r.forEach().prefix(), i + 1));
      }
    }
    s.element(null);
    if (firedCount > 0) {
      return Finding.fired(r, fired, firedCount - fired.size());
    }
    return unknown.count == 0 ? null : undecided(r, unknown.toString());
  }

  /**
   * The undecided finding of this rule with this message, one instance for all the VMs that share it: an estate
   * read from one source lacks the same facts on most VMs, and a shared finding costs no memory per VM.
   */
  private Finding undecided(Rule r, String message) {
    return undecided.get(r).computeIfAbsent(message, m -> new Finding(r, FindingStatus.UNKNOWN, m));
  }

  /**
   * The undecided finding of a rule without {@code forEach}, looked up by which of its facts are missing (a bit
   * each), so that the message is built once per distinct combination rather than once per VM.
   */
  private Finding undecided(Rule r, Subject s) {
    Fact[] facts = undecidable.get(r);
    if (facts.length > Long.SIZE) {
      return undecided(r, unknownFacts(r, s, null, 0));
    }
    long missing = 0;
    for (int i = 0; i < facts.length; i++) {
      if (s.value(facts[i]) == null) {
        missing |= 1L << i;
      }
    }
    return byMissing.get(r).computeIfAbsent(missing, m -> undecided(r, unknownFacts(r, s, null, 0)));
  }

  /** Per-element messages joined, at most {@link #MAX_LISTED} spelled out, so one VM with 10,000 disks stays legible. */
  private static final class Messages {
    private final StringBuilder sb = new StringBuilder();
    private int count;

    boolean full() {
      return count >= MAX_LISTED;
    }

    void add(String text) {
      if (text != null) {
        sb.append(count == 0 ? "" : "; ").append(text);
      }
      count++;
    }

    @Override
    public String toString() {
      return count > MAX_LISTED ? sb + "; and " + (count - MAX_LISTED) + " more" : sb.toString();
    }
  }

  /** How many elements a finding's message names before summarising the rest. */
  static final int MAX_LISTED = 10;

  private String unknownFacts(Rule r, Subject s, String element, int position) {
    StringBuilder sb = new StringBuilder(48);
    if (element != null) {
      sb.append(element).append(' ').append(position).append(": ");
    }
    sb.append("unknown: ");
    boolean first = true;
    for (Fact f : undecidable.get(r)) {
      if (s.value(f) == null) {
        sb.append(first ? "" : ", ").append(f.name());
        first = false;
      }
    }
    return sb.toString();
  }

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
    Subject s = Subject.of(vm, cluster);
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
    for (Object e : elements) {
      s.element(e);
      count(s, facts, kc);
    }
    s.element(null);
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
