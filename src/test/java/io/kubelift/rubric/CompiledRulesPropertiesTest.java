package io.kubelift.rubric;

import static org.assertj.core.api.Assertions.assertThat;

import io.kubelift.model.ClusterFacts;
import io.kubelift.model.Dimension;
import io.kubelift.model.Disk;
import io.kubelift.model.Firmware;
import io.kubelift.model.Os;
import io.kubelift.model.Rating;
import io.kubelift.model.SourceRef;
import io.kubelift.model.Vm;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The compiled evaluation against the rules' meaning, spelled out here the plain way: each check's short way gives
 * what {@link Operator#apply} gives (every operator, operand and value below, including case, blanks and characters
 * whose case folds oddly), and a compiled rule gives what three-valued logic over the check results gives, on
 * seeded random conditions, VMs, disks and clusters.
 */
class CompiledRulesPropertiesTest {
  private static final FactCatalogue CATALOGUE = FactCatalogue.standard();
  private static final long SEED = Long.getLong("kubelift.fuzz.seed", 20261202L);
  private static final int CASES = Integer.getInteger("kubelift.fuzz.cases", 300);

  private static final List<Object> VALUES = Arrays.asList(null, "vmdk", "VMDK", " vmdk ", "vm dk", "Vmdk\t", "k",
      "K", "\u212A", "\u212Avmdk", "", "  ", "\u0131", "I", "i", "\u0130", "2008 R2", "2008 r2", "8", "10.5", " 8",
      "windows", "Windows ", "true", "TRUE", 0, 1, 500, 501, 499.5, 500.0, -1.0, Double.NaN, true, false,
      List.of("a", "B"), List.of());

  private static final Map<Operator, List<Object>> OPERANDS = new java.util.EnumMap<>(Map.of(
      Operator.EQUALS, List.of("vmdk", "k", "K", "true", "i", true, false, 500, 0, 8),
      Operator.NOT_EQUALS, List.of("vmdk", "k", "\u0131", true, false, 500),
      Operator.IN, List.of(List.of("vmdk", "vdi"), List.of("k", "x"), List.of("2008 r2", "8"), List.of(" spaced"),
          List.of(1, "a"), List.of("\u0130"), List.of("\u0131", "windows"), List.of("x".repeat(70), "vmdk"), List.of()),
      Operator.NOT_IN, List.of(List.of("vmdk", "vdi"), List.of("K"), List.of("true"), List.of(500, 8), List.of("i ")),
      Operator.GT, List.of(500, 0, 10.5),
      Operator.GTE, List.of(500, 2008),
      Operator.LT, List.of(500, 8.5),
      Operator.LTE, List.of(500, -1),
      Operator.MATCHES, List.of(Pattern.compile("^v"), Pattern.compile("^[a-z0-9]+$"), Pattern.compile("R2")),
      Operator.EXISTS, List.of(true, false))); // in operator order: a failure reads the same every run

  @Test
  void every_short_way_of_a_check_gives_what_the_operator_gives() {
    Fact fact = CATALOGUE.get("disk.format");
    List<String> differences = new ArrayList<>();
    int compared = 0;
    for (Map.Entry<Operator, List<Object>> e : OPERANDS.entrySet()) {
      for (Object operand : e.getValue()) {
        for (Boolean whenUnknown : Arrays.asList(null, true, false)) {
          Check check = new Check(fact, e.getKey(), operand, whenUnknown);
          for (Object v : VALUES) {
            String got = outcome(() -> check.test(v));
            String want = outcome(() -> reference(check, v));
            compared++;
            if (!got.equals(want)) {
              differences.add(check.describe() + " on " + show(v) + ": " + got + ", expected " + want);
            }
          }
        }
      }
    }
    assertThat(compared).isGreaterThan(2000);
    assertThat(differences).isEmpty();
  }

  @Test
  void a_compiled_rule_gives_what_three_valued_logic_gives() {
    Random rnd = new Random(SEED);
    int fired = 0;
    int unknown = 0;
    int notFired = 0;
    for (int n = 0; n < CASES; n++) {
      Scope each = rnd.nextBoolean() ? Scope.DISK : null;
      Condition when = condition(rnd, each, 3);
      Rule rule = new Rule("PROP-" + n, "property", Target.VM, each, when, Dimension.values()[n % 4], Rating.HARD,
          false, LiveMigrationEffect.NONE, MessageTemplate.compile("m", CATALOGUE), "r", "r", List.of(), "test");
      RuleEvaluator evaluator = new RuleEvaluator(new Rubric("prop", "1", "prop", List.of(rule), "test"));
      ClusterFacts cluster = cluster(rnd);
      for (int k = 0; k < 5; k++) {
        Vm vm = vm(rnd, n * 10 + k);
        Finding f = evaluator.evaluate(rule, evaluator.subject(vm, cluster));
        Truth got = f == null ? Truth.FALSE : f.status() == FindingStatus.FIRED ? Truth.TRUE : Truth.UNKNOWN;
        Truth want = expected(when, each, vm, cluster);
        assertThat(got).as("%s on %s with %s", when.describe(), vm, cluster.facts()).isEqualTo(want);
        if (want == Truth.UNKNOWN) {
          assertThat(f.message()).as("%s on %s with %s", when.describe(), vm, cluster.facts())
              .isEqualTo(undecidedMessage(when, each, vm, cluster));
        }
        fired += want == Truth.TRUE ? 1 : 0;
        unknown += want == Truth.UNKNOWN ? 1 : 0;
        notFired += want == Truth.FALSE ? 1 : 0;
      }
    }
    // The random rules must reach all three outcomes, or the comparison proves little.
    assertThat(fired).as("fired").isGreaterThan(CASES / 10);
    assertThat(unknown).as("unknown").isGreaterThan(CASES / 10);
    assertThat(notFired).as("not fired").isGreaterThan(CASES / 10);
  }

  @Test
  void a_rule_on_many_elements_lists_ten_and_counts_the_rest() {
    Rubric kubevirt = RuleCasesTest.KUBEVIRT;
    RuleEvaluator evaluator = new RuleEvaluator(kubevirt);
    ClusterFacts none = ClusterFacts.unknown();
    for (int n : new int[] {1, 2, 10, 11, 12}) {
      List<Disk> disks = new ArrayList<>();
      List<io.kubelift.model.Nic> nics = new ArrayList<>();
      for (int k = 1; k <= n; k++) {
        disks.add(new Disk("d" + k, "vmdk", 10.0, "thin", "scsi", false, false, false, null, null, null));
        nics.add(new io.kubelift.model.Nic("n" + k, "lan", "virtio", null, null, null, "none", false, false, true));
      }
      Vm vm = new Vm("many", SourceRef.of("many.json", 1), null, null, null, null, null, null, "on", disks, nics,
          List.of(), null, null, null, null, null, null, null);
      Subject s = evaluator.subject(vm, none);
      Finding convert = evaluator.evaluate(kubevirt.rule("DISK-CONVERT"), s);
      assertThat(convert.specifics()).hasSize(Math.min(n, 10));
      assertThat(convert.specifics().get(Math.min(n, 10) - 1)).containsExactly("d" + Math.min(n, 10), "vmdk");
      assertThat(convert.more()).isEqualTo(Math.max(0, n - 10));
      assertThat(convert.message()).endsWith(n > 10 ? "; and " + (n - 10) + " more" : "converted to raw on import");
      // Every NIC lacks nic.staticIp: the undecided finding lists them as the elements it could not decide.
      StringBuilder want = new StringBuilder();
      for (int k = 1; k <= Math.min(n, 10); k++) {
        want.append(k == 1 ? "" : "; ").append("nic ").append(k).append(": unknown: nic.staticIp");
      }
      Finding staticIp = evaluator.evaluate(kubevirt.rule("NIC-STATIC-IP"), s);
      assertThat(staticIp.status()).isEqualTo(FindingStatus.UNKNOWN);
      assertThat(staticIp.message()).isEqualTo(want + (n > 10 ? "; and " + (n - 10) + " more" : ""));
    }
    // Undecided elements that are not the first ones are listed by position.
    List<io.kubelift.model.Nic> mixed = List.of(
        new io.kubelift.model.Nic("a", "lan", "virtio", null, null, false, "none", false, false, true),
        new io.kubelift.model.Nic("b", "lan", "virtio", null, null, null, "none", false, false, true),
        new io.kubelift.model.Nic("c", "lan", "virtio", null, null, null, "none", false, false, true));
    Vm vm = new Vm("mixed", SourceRef.of("mixed.json", 1), null, null, null, null, null, null, "on", List.of(), mixed,
        List.of(), null, null, null, null, null, null, null);
    assertThat(evaluator.evaluate(kubevirt.rule("NIC-STATIC-IP"), evaluator.subject(vm, none)).message())
        .isEqualTo("nic 2: unknown: nic.staticIp; nic 3: unknown: nic.staticIp");
  }

  @Test
  void a_subject_is_evaluated_only_by_the_evaluator_that_made_it() {
    RuleEvaluator one = new RuleEvaluator(RuleCasesTest.KUBEVIRT);
    RuleEvaluator other = new RuleEvaluator(RuleCasesTest.KUBEVIRT);
    Vm vm = vm(new Random(SEED), 1);
    Subject s = other.subject(vm, ClusterFacts.unknown());
    org.assertj.core.api.Assertions.assertThatIllegalArgumentException().isThrownBy(() -> one.evaluate(s))
        .withMessageContaining("another evaluator");
    Rule appRule = RuleCasesTest.KUBEVIRT.rule("HA-VIP");
    org.assertj.core.api.Assertions.assertThatIllegalArgumentException()
        .isThrownBy(() -> other.evaluate(appRule, s)).withMessageContaining("HA-VIP");
    assertThat(other.evaluate(s)).isEqualTo(one.evaluate(one.subject(vm, ClusterFacts.unknown())));
  }

  /** The check by the book: EXISTS looks at presence, an unknown value yields whenUnknown, else the operator. */
  private static Truth reference(Check c, Object v) {
    if (c.operator() == Operator.EXISTS) {
      return Truth.of((v != null) == (Boolean) c.operand());
    }
    if (v == null) {
      return c.whenUnknown() == null ? Truth.UNKNOWN : Truth.of(c.whenUnknown());
    }
    return c.operator().apply(v, c.operand());
  }

  /** The rule by the book: per disk for a forEach rule (fired on any, else unknown on any), else once. */
  private static Truth expected(Condition when, Scope each, Vm vm, ClusterFacts cluster) {
    if (each == null) {
      return truth(when, vm, null, cluster);
    }
    if (vm.disks() == null) {
      return Truth.UNKNOWN;
    }
    Truth r = Truth.FALSE;
    for (Disk d : vm.disks()) {
      Truth t = truth(when, vm, d, cluster);
      if (t == Truth.TRUE) {
        return Truth.TRUE;
      }
      r = t == Truth.UNKNOWN ? Truth.UNKNOWN : r;
    }
    return r;
  }

  /**
   * The undecided message by the book: the facts (checked without whenUnknown) whose values are missing, by name;
   * for a forEach rule, per undecided disk (none fired, at most three here, so all are listed).
   */
  private static String undecidedMessage(Condition when, Scope each, Vm vm, ClusterFacts cluster) {
    if (each == null) {
      return "unknown: " + missing(when, vm, null, cluster);
    }
    if (vm.disks() == null) {
      return "unknown: vm.disks";
    }
    List<String> parts = new ArrayList<>();
    for (int i = 0; i < vm.disks().size(); i++) {
      Disk d = vm.disks().get(i);
      if (truth(when, vm, d, cluster) == Truth.UNKNOWN) {
        parts.add("disk " + (i + 1) + ": unknown: " + missing(when, vm, d, cluster));
      }
    }
    return String.join("; ", parts);
  }

  private static String missing(Condition when, Vm vm, Disk disk, ClusterFacts cluster) {
    java.util.TreeSet<String> names = new java.util.TreeSet<>();
    when.checks(c -> {
      Fact f = c.fact();
      Object owner = f.scope() == Scope.VM ? vm : f.scope() == Scope.CLUSTER ? cluster : disk;
      if (c.whenUnknown() == null && c.operator() != Operator.EXISTS && f.valueOf(owner) == null) {
        names.add(f.name());
      }
    });
    return String.join(", ", names);
  }

  private static Truth truth(Condition c, Vm vm, Disk disk, ClusterFacts cluster) {
    if (c instanceof Check check) {
      Fact f = check.fact();
      Object owner = f.scope() == Scope.VM ? vm : f.scope() == Scope.CLUSTER ? cluster : disk;
      return reference(check, f.valueOf(owner));
    }
    if (c instanceof Condition.NotOf not) {
      return truth(not.not(), vm, disk, cluster).not();
    }
    boolean all = c instanceof Condition.AllOf;
    List<Condition> children = all ? ((Condition.AllOf) c).all() : ((Condition.AnyOf) c).any();
    boolean sawUnknown = false;
    for (Condition child : children) {
      Truth t = truth(child, vm, disk, cluster);
      if (t == (all ? Truth.FALSE : Truth.TRUE)) {
        return t;
      }
      sawUnknown |= t == Truth.UNKNOWN;
    }
    return sawUnknown ? Truth.UNKNOWN : all ? Truth.TRUE : Truth.FALSE;
  }

  private static final String[] VM_FACTS = {"vm.os.family", "vm.cpus", "vm.guestAgent", "vm.firmware",
      "vm.snapshots", "vm.name", "vm.disks.count", "vm.disks.totalGiB"};
  private static final String[] DISK_FACTS = {"disk.format", "disk.capacityGiB", "disk.shared", "disk.bus"};
  private static final String[] CLUSTER_FACTS = {"cluster.multus", "cluster.nodes.kvm"};

  private static Condition condition(Random rnd, Scope each, int depth) {
    int kind = depth == 0 ? 0 : rnd.nextInt(5);
    if (kind >= 2) {
      return check(rnd, each);
    }
    if (kind == 1) {
      return new Condition.NotOf(condition(rnd, each, depth - 1));
    }
    List<Condition> children = new ArrayList<>();
    for (int i = 0, n = 1 + rnd.nextInt(3); i < n; i++) {
      children.add(condition(rnd, each, depth - 1));
    }
    return rnd.nextBoolean() ? new Condition.AllOf(children) : new Condition.AnyOf(children);
  }

  private static Check check(Random rnd, Scope each) {
    String[] pool = each != null && rnd.nextInt(3) > 0 ? DISK_FACTS : rnd.nextInt(4) == 0 ? CLUSTER_FACTS : VM_FACTS;
    Fact f = CATALOGUE.get(pool[rnd.nextInt(pool.length)]);
    Boolean whenUnknown = rnd.nextInt(4) == 0 ? rnd.nextBoolean() : null;
    switch (f.type()) {
      case BOOLEAN:
        return rnd.nextInt(4) == 0 ? new Check(f, Operator.EXISTS, rnd.nextBoolean(), null)
            : new Check(f, rnd.nextBoolean() ? Operator.EQUALS : Operator.NOT_EQUALS, rnd.nextBoolean(), whenUnknown);
      case NUMBER: {
        Operator[] ops = {Operator.GT, Operator.GTE, Operator.LT, Operator.LTE, Operator.EQUALS, Operator.IN};
        Operator op = ops[rnd.nextInt(ops.length)];
        int x = rnd.nextInt(6) * 100;
        return new Check(f, op, op == Operator.IN ? List.of(x, 2) : x, whenUnknown);
      }
      default: {
        String[] words = {"vmdk", "RAW", "linux", "Windows", "bios", "uefi", "scsi", "sata", "vm-1"};
        int op = rnd.nextInt(4);
        if (op == 0) {
          return new Check(f, Operator.MATCHES, Pattern.compile(rnd.nextBoolean() ? "^v" : "s$"), whenUnknown);
        }
        if (op == 1) {
          return new Check(f, rnd.nextBoolean() ? Operator.EQUALS : Operator.NOT_EQUALS,
              words[rnd.nextInt(words.length)], whenUnknown);
        }
        List<Object> items = new ArrayList<>();
        for (int i = 0, n = 1 + rnd.nextInt(3); i < n; i++) {
          items.add(words[rnd.nextInt(words.length)]);
        }
        return new Check(f, rnd.nextBoolean() ? Operator.IN : Operator.NOT_IN, items, whenUnknown);
      }
    }
  }

  private static Vm vm(Random rnd, int n) {
    String[] formats = {"vmdk", "VMDK ", "raw", "qcow2", null};
    String[] buses = {"scsi", "sata", "virtio", null};
    List<Disk> disks = null;
    if (rnd.nextInt(6) > 0) {
      disks = new ArrayList<>();
      for (int d = 0, nd = rnd.nextInt(4); d < nd; d++) {
        disks.add(new Disk("disk" + d, pick(rnd, formats), rnd.nextInt(5) == 0 ? null : 100.0 * rnd.nextInt(7),
            "thin", pick(rnd, buses), rnd.nextInt(4) == 0 ? null : rnd.nextBoolean(), false, false, null, null,
            null));
      }
    }
    String family = pick(rnd, new String[] {"linux", "Windows", "other", null});
    return new Vm(rnd.nextBoolean() ? "vm-" + n : "VM_" + n, SourceRef.of("prop.json", n), null, null,
        family == null && rnd.nextBoolean() ? null : new Os(family, null, null, null),
        rnd.nextInt(3) == 0 ? null : new Firmware(pick(rnd, new String[] {"bios", "UEFI", null}), null, null),
        rnd.nextInt(4) == 0 ? null : 1 + rnd.nextInt(8), null, "on", disks, null, null, null,
        rnd.nextInt(3) == 0 ? null : rnd.nextBoolean(), null, rnd.nextInt(3) == 0 ? null : rnd.nextInt(3), null, null,
        null);
  }

  private static ClusterFacts cluster(Random rnd) {
    Map<String, Object> facts = new HashMap<>();
    if (rnd.nextBoolean()) {
      facts.put("cluster.multus", rnd.nextBoolean());
    }
    if (rnd.nextBoolean()) {
      facts.put("cluster.nodes.kvm", (double) rnd.nextInt(3));
    }
    return new ClusterFacts(facts.isEmpty() ? null : "prop", facts);
  }

  private static <T> T pick(Random rnd, T[] options) {
    return options[rnd.nextInt(options.length)];
  }

  private static String outcome(java.util.function.Supplier<Truth> s) {
    try {
      return s.get().name();
    } catch (RuntimeException e) {
      return "error " + e.getClass().getSimpleName();
    }
  }

  private static String show(Object v) {
    return v instanceof String ? "\"" + v + "\"" : String.valueOf(v);
  }
}
