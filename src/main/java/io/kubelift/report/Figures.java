package io.kubelift.report;

import io.kubelift.assess.AppAssessment;
import io.kubelift.assess.Assessment;
import io.kubelift.assess.Grade;
import io.kubelift.assess.VmAssessment;
import io.kubelift.model.Dimension;
import io.kubelift.model.Disk;
import io.kubelift.rubric.Finding;
import io.kubelift.rubric.FindingStatus;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * The estate-wide counts the charts and summaries show, computed once from an assessment. Every map is ordered
 * (enum or sorted), so whatever reads them renders the same bytes on every run.
 */
final class Figures {
  /** Live-migratability keys, in display order. */
  static final List<String> LIVE = List.of("yes", "no", "unknown");

  /** Per dimension, VMs per grade. */
  final Map<Dimension, Map<Grade, Integer>> dimensions = new EnumMap<>(Dimension.class);
  /** Per disk format ({@code unknown} when not known), disks and their GiB. */
  final Map<String, DiskTotal> diskFormats = new TreeMap<>();
  /** VMs per live-migratability key, in {@link #LIVE} order. */
  final Map<String, Integer> liveMigration = new LinkedHashMap<>();
  /** Per rule id, what it touched. */
  final Map<String, RuleStats> rules = new TreeMap<>();
  /** Disks to import, a shared disk counted once; CD-ROM images are not counted. */
  int disks;
  /** Disks whose capacity the inventory does not state. */
  int disksOfUnknownSize;
  /** Capacity of the disks of known size, GiB. */
  double diskGiB;

  /**
   * The disks of one format.
   *
   * @param count how many
   * @param gib their capacity, GiB (disks of unknown size count as 0)
   */
  record DiskTotal(int count, double gib) {
    DiskTotal plus(Double capacity) {
      return new DiskTotal(count + 1, gib + (capacity == null ? 0 : capacity));
    }
  }

  /** What one rule touched: VMs it fired on (an application rule counts its members), applications, undecided. */
  static final class RuleStats {
    int vms;
    int applications;
    int undecided;
  }

  static Figures of(Assessment a) {
    Figures f = new Figures();
    for (Dimension d : Dimension.values()) {
      f.dimensions.put(d, JsonReportRenderer.zeroes());
    }
    LIVE.forEach(k -> f.liveMigration.put(k, 0));
    Set<String> sharedSeen = new HashSet<>();
    for (VmAssessment v : a.vms()) {
      v.grades().forEach((d, g) -> f.dimensions.get(d).merge(g, 1, Integer::sum));
      f.liveMigration.merge(Labels.liveMigratable(v.liveMigration().migratable()), 1, Integer::sum);
      f.countDisks(v, sharedSeen);
      f.countRules(v.findings(), 1, false);
    }
    for (AppAssessment app : a.applications()) {
      f.countRules(app.findings(), app.vms().size(), true);
    }
    return f;
  }

  private void countDisks(VmAssessment v, Set<String> sharedSeen) {
    if (v.vm().disks() == null) {
      return;
    }
    for (Disk d : v.vm().disks()) {
      if (d.cdrom()) {
        continue; // installation media, not data to import; an ISO still needed is listed by DISK-ISO
      }
      String key = d.path() != null ? d.path() : d.name();
      if (Boolean.TRUE.equals(d.shared()) && key != null && !sharedSeen.add(key)) {
        continue;
      }
      disks++;
      if (d.capacityGiB() == null) {
        disksOfUnknownSize++;
      } else {
        diskGiB += d.capacityGiB();
      }
      String format = d.format() == null ? "unknown" : Text.clean(d.format());
      diskFormats.merge(format, new DiskTotal(0, 0).plus(d.capacityGiB()),
          (old, one) -> old.plus(d.capacityGiB()));
    }
  }

  /** A rule firing several times on one subject (once per disk, say) counts that subject once. */
  private void countRules(List<Finding> findings, int members, boolean application) {
    Set<String> fired = new HashSet<>();
    Set<String> undecided = new HashSet<>();
    for (Finding f : findings) {
      (f.status() == FindingStatus.FIRED ? fired : undecided).add(f.rule().id());
    }
    for (String id : fired) {
      RuleStats s = rules.computeIfAbsent(id, k -> new RuleStats());
      s.vms += members;
      s.applications += application ? 1 : 0;
    }
    for (String id : undecided) {
      rules.computeIfAbsent(id, k -> new RuleStats()).undecided++;
    }
  }
}
