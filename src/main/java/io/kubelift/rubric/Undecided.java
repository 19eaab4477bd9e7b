package io.kubelift.rubric;

import java.util.Arrays;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

/**
 * One rule's undecided findings, shared by every VM that lacks the same facts: an estate read from one source lacks
 * the same facts on most VMs, so a shared finding costs no memory per VM and its message is built once. Findings are
 * found by which of the rule's facts are missing, a bit each (bit i: the i-th of {@link #facts}), without building
 * the message. Safe for many threads.
 */
final class Undecided {
  /** Up to this many facts, findings by missing facts sit in an array indexed by the bits: no boxing, no hashing. */
  private static final int ARRAY_FACTS = 10;
  final Rule rule;
  /** The finding of a forEach rule on a VM whose elements are unknown, made on first use. */
  private volatile Finding withoutElements;
  /** The facts whose absence makes the rule undecided, sorted by name. */
  final Fact[] facts;
  /** Where the subject keeps each of them ({@link Layout}). */
  private final int[] locators;
  private final ConcurrentHashMap<String, Finding> byMessage = new ConcurrentHashMap<>();
  /**
   * Plain, not atomic: it only ever holds the one finding {@link #withMessage} made for that message, whose fields
   * are final, so a thread that reads a stale {@code null} merely looks it up there.
   */
  private final Finding[] byMissingArray;
  private final ConcurrentHashMap<Long, Finding> byMissing = new ConcurrentHashMap<>();
  private final ConcurrentHashMap<Elements, Finding> byElements = new ConcurrentHashMap<>();
  /** By count of undecided elements (first ones, same missing facts), then by missing facts; plain, as above. */
  private final Finding[][] byRun = new Finding[65][];

  Undecided(Rule rule, Fact[] facts, int[] locators) {
    if (facts.length > Long.SIZE) {
      throw new IllegalArgumentException("rule " + rule.id() + " consults more than " + Long.SIZE + " facts");
    }
    this.rule = rule;
    this.facts = facts;
    this.locators = locators;
    this.byMissingArray = facts.length <= ARRAY_FACTS ? new Finding[1 << facts.length] : null;
  }

  /** Which of the facts are missing here, a bit each. */
  long missing(Subject s) {
    long m = 0;
    for (int i = 0; i < facts.length; i++) {
      if (s.at(locators[i]) == null) {
        m |= 1L << i;
      }
    }
    return m;
  }

  /** The finding with this message. */
  Finding withMessage(String message) {
    return cached(byMessage, message, m -> new Finding(rule, FindingStatus.UNKNOWN, m));
  }

  /** The finding of a forEach rule on a VM whose disks, NICs or devices are unknown: "unknown: vm.disks". */
  Finding withoutElements() {
    Finding f = withoutElements;
    if (f == null) {
      f = withMessage("unknown: vm." + rule.forEach().prefix() + "s");
      withoutElements = f;
    }
    return f;
  }

  /** The finding of a rule without {@code forEach} on a subject: "unknown: " and the missing facts. */
  Finding on(Subject s) {
    return on(missing(s));
  }

  /** Every fact missing, a bit each: what {@link #missing} gives on a subject where none is known. */
  long all() {
    return facts.length == Long.SIZE ? -1L : (1L << facts.length) - 1;
  }

  /** The finding of a rule without {@code forEach} missing these facts. */
  Finding on(long missing) {
    if (byMissingArray == null) {
      return cached(byMissing, missing, m -> withMessage(names(m, new StringBuilder("unknown: ")).toString()));
    }
    Finding f = byMissingArray[(int) missing];
    if (f == null) {
      f = withMessage(names(missing, new StringBuilder("unknown: ")).toString());
      byMissingArray[(int) missing] = f;
    }
    return f;
  }

  /**
   * The finding of a forEach rule whose elements were undecided: per listed element its 1-based position and missing
   * facts (two longs), and how many elements were undecided in all.
   */
  Finding onElements(long[] listed, int count, int maxListed) {
    return cached(byElements, new Elements(listed, count),
        k -> withMessage(k.message(rule.forEach().prefix(), maxListed)));
  }

  /**
   * As {@link #onElements} when the undecided elements were the first {@code count}, each missing the same facts:
   * found in an array by count and missing facts, so the commonest case costs no key, no hashing and no allocation.
   */
  Finding onRun(int count, long missing, int maxListed) {
    if (byMissingArray == null || count >= byRun.length) {
      return onElements(run(Math.min(count, maxListed), missing, 0), count, maxListed);
    }
    Finding[] byMissing = byRun[count];
    if (byMissing == null) {
      byMissing = new Finding[byMissingArray.length];
      byRun[count] = byMissing;
    }
    Finding f = byMissing[(int) missing];
    if (f == null) {
      f = onElements(run(Math.min(count, maxListed), missing, 0), count, maxListed);
      byMissing[(int) missing] = f;
    }
    return f;
  }

  /** The listing of elements 1 to {@code listed}, each missing the same facts, in an array at least that long. */
  static long[] run(int listed, long missing, int length) {
    long[] out = new long[Math.max(2 * listed, length)];
    for (int k = 0; k < listed; k++) {
      out[2 * k] = k + 1;
      out[2 * k + 1] = missing;
    }
    return out;
  }

  private StringBuilder names(long missing, StringBuilder sb) {
    boolean first = true;
    for (int i = 0; i < facts.length; i++) {
      if ((missing & (1L << i)) != 0) {
        sb.append(first ? "" : ", ").append(facts[i].name());
        first = false;
      }
    }
    return sb;
  }

  /** Looked up before computing: a hit is the rule, and computeIfAbsent may lock. */
  private static <K> Finding cached(ConcurrentHashMap<K, Finding> cache, K key, Function<K, Finding> make) {
    Finding f = cache.get(key);
    return f != null ? f : cache.computeIfAbsent(key, make);
  }

  /** The key of a forEach rule's undecided elements on one VM; equal keys have equal messages. */
  private final class Elements {
    private final long[] listed;
    private final int count;

    Elements(long[] listed, int count) {
      this.listed = listed;
      this.count = count;
    }

    String message(String element, int maxListed) {
      StringBuilder sb = new StringBuilder();
      for (int k = 0; k < listed.length; k += 2) {
        sb.append(sb.length() == 0 ? "" : "; ").append(element).append(' ').append(listed[k]).append(": unknown: ");
        names(listed[k + 1], sb);
      }
      return count > maxListed ? sb + "; and " + (count - maxListed) + " more" : sb.toString();
    }

    @Override
    public boolean equals(Object o) {
      return o instanceof Elements e && count == e.count && Arrays.equals(listed, e.listed);
    }

    @Override
    public int hashCode() {
      return 31 * Arrays.hashCode(listed) + count;
    }
  }
}
