package io.kubelift.assess;

import io.kubelift.rubric.Finding;
import io.kubelift.rubric.FindingStatus;
import io.kubelift.rubric.LiveMigrationEffect;
import java.util.ArrayList;
import java.util.List;

/**
 * Whether a VM can be live-migrated on the target, and why.
 *
 * @param migratable true, false, or {@code null} when a rule that could block it lacked its facts
 * @param decidedBy the findings that decided it (kept rather than their sentences, which are spelled out on request)
 */
public record LiveMigration(Boolean migratable, List<Finding> decidedBy) {
  public LiveMigration {
    decidedBy = List.copyOf(decidedBy);
  }

  /** Why, one line per deciding finding: its rule and message. */
  public List<String> reasons() {
    List<String> out = new ArrayList<>(decidedBy.size());
    for (Finding f : decidedBy) {
      out.add(f.rule().id() + ": " + f.message());
    }
    return out;
  }

  /** Migratable, with no caveat: most VMs. */
  private static final LiveMigration MIGRATABLE = new LiveMigration(true, List.of());

  /** Decided by the findings of rules that declare a live-migration effect. */
  public static LiveMigration of(List<Finding> findings) {
    List<Finding> blocks = null; // made on first use: on most VMs no rule with an effect fires
    List<Finding> unknown = null;
    List<Finding> caveats = null;
    for (int i = 0; i < findings.size(); i++) {
      Finding f = findings.get(i);
      LiveMigrationEffect e = f.liveMigration();
      if (e == LiveMigrationEffect.NONE) {
        continue;
      }
      if (f.status() == FindingStatus.FIRED) {
        if (e == LiveMigrationEffect.BLOCKS) {
          blocks = add(blocks, f);
        } else {
          caveats = add(caveats, f);
        }
      } else if (e == LiveMigrationEffect.BLOCKS) {
        unknown = add(unknown, f);
      }
    }
    if (blocks != null) {
      return new LiveMigration(false, blocks);
    }
    if (unknown != null) {
      return new LiveMigration(null, unknown);
    }
    return caveats == null ? MIGRATABLE : new LiveMigration(true, caveats);
  }

  private static List<Finding> add(List<Finding> list, Finding f) {
    List<Finding> out = list == null ? new ArrayList<>(4) : list;
    out.add(f);
    return out;
  }
}
