package io.kubelift.bench;

import io.kubelift.model.Disk;
import io.kubelift.model.Firmware;
import io.kubelift.model.Nic;
import io.kubelift.model.Os;
import io.kubelift.model.SourceRef;
import io.kubelift.model.Vm;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/** VMs shaped like an RVTools export yields them: hardware known, guest and workload facts unknown. */
final class SyntheticVms {
  private static final String[] FORMATS = {"vmdk", "vmdk", "vmdk", "raw", "qcow2"};
  private static final String[] MODELS = {"vmxnet3", "vmxnet3", "e1000", "e1000e"};

  private SyntheticVms() {}

  static List<Vm> sparse(int n, long seed) {
    Random rnd = new Random(seed);
    List<Vm> out = new ArrayList<>();
    for (int v = 0; v < n; v++) {
      List<Disk> disks = new ArrayList<>();
      for (int d = 0, nd = 1 + rnd.nextInt(12); d < nd; d++) {
        disks.add(new Disk("Hard disk " + (d + 1), FORMATS[rnd.nextInt(FORMATS.length)], 20.0 + rnd.nextInt(800),
            "thin", "scsi", rnd.nextInt(40) == 0, rnd.nextInt(50) == 0, false, null, null));
      }
      List<Nic> nics = new ArrayList<>();
      for (int k = 0, nn = 1 + rnd.nextInt(6); k < nn; k++) {
        nics.add(new Nic("Network adapter " + (k + 1), "VLAN" + rnd.nextInt(20), MODELS[rnd.nextInt(MODELS.length)],
            null, null, null, null, rnd.nextInt(30) == 0, null, true));
      }
      out.add(new Vm("vm-" + v, SourceRef.of("RVTools_tabvInfo.csv", v + 2), null, null,
          new Os(rnd.nextBoolean() ? "linux" : "windows", null, null, "x86_64"),
          new Firmware(rnd.nextInt(4) == 0 ? "uefi" : "bios", null, null), 1 + rnd.nextInt(16),
          1024L * (1 + rnd.nextInt(64)), "on", disks, nics, null, null, rnd.nextBoolean(), null, rnd.nextInt(3),
          null, null, null));
    }
    return out;
  }
}
