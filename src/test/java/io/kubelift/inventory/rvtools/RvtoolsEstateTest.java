package io.kubelift.inventory.rvtools;

import static org.assertj.core.api.Assertions.assertThat;

import io.kubelift.model.Os;
import io.kubelift.model.Vm;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The estate's vCenter export (fixtures/estate/rvtools): facts of vSphere it states beyond the project's own one. */
class RvtoolsEstateTest {
  static final Path INFO = Path.of("fixtures/estate/rvtools/RVTools_tabvInfo.csv");

  static Map<String, Vm> vms() {
    return RvtoolsFixtureTest.byName(new RvtoolsCsvReader().read(INFO, INFO.toString()));
  }

  @Test
  void the_guest_os_reported_from_inside_the_guest_gives_the_version_the_os_name_leaves_out() {
    Map<String, Vm> vms = vms();
    assertThat(vms.get("ids01").os()).as("'Ubuntu Linux (64-bit)', distroVersion='22.04'")
        .isEqualTo(new Os("linux", "ubuntu", "22.04", "x86_64"));
    assertThat(vms.get("edi01").os()).as("'SUSE Linux Enterprise 12 (64-bit)', SLES 12 SP5")
        .isEqualTo(new Os("linux", "sles", "12.5", "x86_64"));
    assertThat(vms.get("old-intranet01").os()).as("powered off: no Tools data, the name has no version")
        .isEqualTo(new Os("linux", "ubuntu", null, "x86_64"));
    assertThat(vms.get("timeclock01").os()).as("no Guest Detailed Data: from the OS name")
        .isEqualTo(new Os("windows", "windows-server", "2003", "i686"));
  }
}
