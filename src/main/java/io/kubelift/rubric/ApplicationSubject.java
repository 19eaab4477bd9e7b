package io.kubelift.rubric;

import io.kubelift.model.Application;
import io.kubelift.model.Vm;
import java.util.List;

/**
 * An application together with its member VMs, the subject of application rules.
 *
 * @param application the application
 * @param members its VMs that were found in the inventory
 */
public record ApplicationSubject(Application application, List<Vm> members) {
  public ApplicationSubject {
    members = List.copyOf(members);
  }
}
