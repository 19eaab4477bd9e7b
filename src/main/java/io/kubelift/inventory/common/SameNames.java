package io.kubelift.inventory.common;

import io.kubelift.model.Provenance;
import io.kubelift.model.Vm;
import java.util.List;

/**
 * Two VMs of one name that are not the same machine are both kept and both flagged: a note on each names where the
 * others were read, so the report shows the clash and no VM is silently merged into, or overwritten by, another.
 */
public final class SameNames {
  /** How the note on a VM that shares its name with another VM of the same input begins. */
  public static final String SAME_INPUT = "another VM of this input has the same name (";

  private SameNames() {}

  /** The note for a VM that shares its name with VMs of the same input, read at {@code others}. */
  public static String sameInput(List<String> others) {
    return SAME_INPUT + String.join(", ", others) + "): kept apart, check which is which";
  }

  /** The note for a VM that shares its name with VMs of other inputs that are not the same machine. */
  public static String otherInput(List<String> others, boolean uuidsDiffer) {
    return "a VM of another input has the same name (" + String.join(", ", others) + ")"
        + (uuidsDiffer ? " but a different UUID" : "") + ": kept apart, check which is which";
  }

  /** The VM with a note added. */
  public static Vm withNote(Vm v, String note) {
    return new Vm(v.name(), v.source(), v.application(), v.role(), v.os(), v.firmware(), v.cpus(), v.memoryMiB(),
        v.powerState(), v.disks(), v.nics(), v.devices(), v.kernel(), v.guestAgent(), v.virtioDrivers(),
        v.snapshots(), v.workload(), v.platform(), Provenance.withNote(v.attributes(), note));
  }
}
