package io.kubelift.inventory.rvtools;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import io.kubelift.model.Nic;
import io.kubelift.model.Os;
import io.kubelift.model.Vm;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

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

  @Test
  void vsphere_nics_are_bridged_or_passed_through_and_no_vm_boots_a_host_kernel() {
    Map<String, Vm> vms = vms();
    Vm ids = vms.get("ids01");
    assertThat(ids.nics()).extracting(Nic::name, Nic::binding).containsExactly(
        tuple("Network adapter 1", "bridge"), tuple("Network adapter 2", "hostdev"));
    assertThat(vms.values()).allSatisfy(v -> assertThat(v.kernel().directBoot()).as(v.name()).isFalse());
    assertThat(vms.get("shop-db01").kernel().version()).as("from Guest Detailed Data")
        .isEqualTo("4.18.0-553.27.1.el8_10.x86_64");
  }

  @Test
  void a_nic_known_only_by_count_keeps_its_binding_unknown(@TempDir Path tmp) throws IOException {
    Files.writeString(tmp.resolve("RVTools_tabvInfo.csv"), "VM,Powerstate,NICs,Disks\nedge01,poweredOn,2,0\n");
    Files.writeString(tmp.resolve("RVTools_tabvNetwork.csv"), "VM,NIC label,Adapter,Network\n"
        + "edge01,Network adapter 1,Vmxnet3,VLAN10\n");
    Path info = tmp.resolve("RVTools_tabvInfo.csv");
    Vm vm = new RvtoolsCsvReader().read(info, "info.csv").vms().get(0);
    assertThat(vm.nics()).extracting(Nic::binding).as("the second may be an SR-IOV passthrough")
        .containsExactly("bridge", null);
  }
}
