package io.kubelift.plan;

import io.kubelift.model.Device;
import io.kubelift.model.Disk;
import io.kubelift.model.Kernel;
import io.kubelift.model.Nic;
import io.kubelift.model.Vm;
import java.util.List;

/**
 * Host-bound traits the generated manifests do not carry, said plainly in the runbook. The plan boots every VM from
 * its disk, attaches disks writable, gives it plain virtio interfaces and no shared directories, encryption or CPU
 * features; where the source relied on more, a person has to decide, and a manifest that silently dropped it would
 * pretend otherwise.
 */
final class HostBoundNotes {
  private HostBoundNotes() {}

  static void note(Draft draft, Vm vm) {
    for (Nic n : vm.nics() == null ? List.<Nic>of() : vm.nics()) {
      if ("vhost-user".equals(n.binding()) || "vdpa".equals(n.binding())) {
        draft.note("%s: NIC %s is a %s interface in the source; it is planned as a plain virtio interface, without "
            + "its fast datapath. Decide on an SR-IOV function or accept virtio before applying.", vm.name(),
            n.name(), n.binding());
      }
    }
    for (Disk d : vm.disks() == null ? List.<Disk>of() : vm.disks()) {
      if (Boolean.TRUE.equals(d.readonly()) && !"iso".equals(d.format())) { // CD-ROMs are read-only as planned
        draft.note("%s: disk %s is attached read-only in the source and writable here; set `readonly: true` on "
            + "its disk if nothing in the guest writes it.", vm.name(), d.name());
      }
    }
    for (Device d : vm.devices() == null ? List.<Device>of() : vm.devices()) {
      if ("filesystem".equals(d.type())) {
        draft.note("%s: the guest mounts a directory of its host (%s); no filesystem is generated. Copy it into a "
            + "PersistentVolumeClaim and add it under `filesystems` with `virtiofs`.", vm.name(), d.description());
      } else if ("launch-security".equals(d.type())) {
        draft.note("%s: runs encrypted in the source (%s); the manifest sets no `launchSecurity`, so the VM would "
            + "run unencrypted. Add it, with SEV-capable nodes, or record the decision to run it without.",
            vm.name(), d.description());
      }
    }
    Kernel k = vm.kernel();
    if (k != null && Boolean.TRUE.equals(k.directBoot())) {
      draft.note("%s: boots a kernel and initrd kept on the source host; the manifest boots from its disk, which "
          + "may hold no boot loader. Add `firmware.kernelBoot` with an image of both, or install one.", vm.name());
    }
    if (k != null && k.host() != null && Boolean.TRUE.equals(k.host().nestedVirtualization())) {
      draft.note("%s: offers nested virtualisation in the source; the manifest requires no `vmx` or `svm` CPU "
          + "feature. Add it for nodes that allow nesting.", vm.name());
    }
  }
}
