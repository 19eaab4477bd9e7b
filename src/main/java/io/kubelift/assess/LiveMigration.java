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
 * @param reasons the messages of the rules that decided it
 */
public record LiveMigration(Boolean migratable, List<String> reasons) {
  public LiveMigration {
    reasons = List.copyOf(reasons);
  }

  /** Decided by the findings of rules that declare a live-migration effect. */
  public static LiveMigration of(List<Finding> findings) {
    List<String> blocks = new ArrayList<>();
    List<String> unknown = new ArrayList<>();
    List<String> caveats = new ArrayList<>();
    for (Finding f : findings) {
      LiveMigrationEffect e = f.rule().liveMigration();
      if (e == LiveMigrationEffect.NONE) {
        continue;
      }
      String reason = f.rule().id() + ": " + f.message();
      if (f.status() == FindingStatus.FIRED) {
        (e == LiveMigrationEffect.BLOCKS ? blocks : caveats).add(reason);
      } else if (e == LiveMigrationEffect.BLOCKS) {
        unknown.add(reason);
      }
    }
    if (!blocks.isEmpty()) {
      return new LiveMigration(false, blocks);
    }
    if (!unknown.isEmpty()) {
      return new LiveMigration(null, unknown);
    }
    return new LiveMigration(true, caveats);
  }
}
