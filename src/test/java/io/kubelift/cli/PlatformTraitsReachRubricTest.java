package io.kubelift.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Traits read from virtualisation-platform files reach the rubric: the fixtures are assessed through the command
 * line and the rules their traits should fire are checked in {@code assessment.json}.
 */
class PlatformTraitsReachRubricTest {
  @TempDir static Path out;
  private static JsonNode doc;
  private static JsonNode vms;

  @BeforeAll
  static void assess_the_platform_fixtures() throws IOException {
    CliRunner.Result r = CliRunner.run("assess", "--quiet", "--out", out.toString(), "fixtures/libvirt",
        "fixtures/ovf", "fixtures/vmx", "fixtures/proxmox", "fixtures/ovirt");
    assertThat(r.code()).as(r.err()).isZero();
    doc = new ObjectMapper().readTree(out.resolve("assessment.json").toFile());
    vms = doc.path("vms");
  }

  @Test
  void a_libvirt_hostdev_interface_makes_the_vm_not_live_migratable() {
    JsonNode vm = vm("db-cluster-node1");
    assertThat(fired(vm)).contains("NIC-SRIOV");
    assertThat(vm.path("liveMigratable").asBoolean(true)).isFalse();
    assertThat(reasons(vm)).anyMatch(r -> r.startsWith("NIC-SRIOV: NIC hostdev0"));
  }

  @Test
  void a_shareable_disk_without_fencing_blocks() {
    for (String name : List.of("db-cluster-node1", "erp-db01", "billing01", "billing02", "fileserver")) {
      JsonNode vm = vm(name);
      assertThat(fired(vm)).as(name).contains("DISK-SHARED", "DISK-SHARED-UNFENCED");
      assertThat(vm.path("blocked").asBoolean()).as(name).isTrue();
    }
  }

  @Test
  void a_lun_device_an_rdm_descriptor_and_a_host_block_device_are_raw_luns() {
    for (String name : List.of("db-cluster-node1", "fileserver", "ticket-db", "billing01", "billing02")) {
      assertThat(fired(vm(name))).as(name).contains("DISK-RAW-LUN");
    }
  }

  @Test
  void hugepages_pinning_numa_and_realtime_become_host_needs() {
    assertThat(fired(vm("db-cluster-node1"))).contains("HOST-HUGEPAGES", "HOST-DEDICATED-CPUS", "HOST-NUMA");
    assertThat(fired(vm("ticket-db"))).contains("HOST-HUGEPAGES", "HOST-DEDICATED-CPUS", "HOST-NUMA");
    assertThat(fired(vm("billing02"))).contains("HOST-HUGEPAGES", "HOST-DEDICATED-CPUS");
    assertThat(fired(vm("plc-gateway"))).contains("HOST-REALTIME", "KERNEL-PARAMS");
    assertThat(fired(vm("fileserver"))).contains("HOST-REALTIME", "HOST-NUMA");
  }

  @Test
  void passthrough_devices_firmware_snapshots_and_platform_ha() {
    assertThat(fired(vm("cad-win2008"))).contains("DEV-USB", "DEV-PCI", "DEV-SMARTCARD", "OS-EOL", "DISK-CONVERT",
        "NIC-DISCONNECTED");
    assertThat(fired(vm("erp-app01"))).contains("DISK-INDEPENDENT", "FW-SECURE-BOOT", "FW-TPM");
    assertThat(fired(vm("fileserver"))).contains("VM-SNAPSHOTS", "NIC-SRIOV", "DEV-PCI", "DEV-USB", "DEV-SERIAL");
    assertThat(fired(vm("ticket-db"))).contains("NIC-STATIC-IP", "DEV-PCI", "VM-SNAPSHOTS", "DEV-WATCHDOG");
    assertThat(fired(vm("billing01"))).contains("PLATFORM-HA", "VM-SNAPSHOTS");
    assertThat(fired(vm("intranet-web"))).contains("VM-POWERED-OFF");
  }

  @Test
  void a_vhost_user_nic_is_rated_hard_and_blocks_live_migration() {
    JsonNode vm = vm("nfv-router");
    assertThat(fired(vm)).contains("NIC-USERSPACE-DATAPATH", "HOST-HUGEPAGES", "HOST-DEDICATED-CPUS");
    assertThat(vm.path("ratings").path("configuration").asText()).isEqualTo("HARD");
    assertThat(vm.path("liveMigratable").asBoolean(true)).isFalse();
    assertThat(reasons(vm)).anyMatch(r -> r.startsWith("NIC-USERSPACE-DATAPATH: NIC net1 is a vhost-user"));
  }

  @Test
  void nested_virtualisation_kernel_boot_shared_directories_and_transient_disks_fire_their_rules() {
    assertThat(fired(vm("ci-runner"))).contains("HOST-NESTED-VIRT", "KERNEL-DIRECT-BOOT", "DEV-HOST-FILESYSTEM",
        "DISK-INDEPENDENT");
    assertThat(fired(vm("build-node"))).contains("HOST-NESTED-VIRT", "KERNEL-DIRECT-BOOT", "DEV-HOST-FILESYSTEM");
    assertThat(fired(vm("devbox"))).contains("HOST-NESTED-VIRT", "DEV-HOST-FILESYSTEM").doesNotContain(
        "KERNEL-DIRECT-BOOT");
    assertThat(fired(vm("plc-gateway"))).contains("KERNEL-DIRECT-BOOT");
    // A shared directory alone does not stop live migration on KubeVirt 1.5 and later: a caveat, stated.
    assertThat(reasons(vm("devbox"))).anyMatch(r -> r.startsWith("DEV-HOST-FILESYSTEM"));
  }

  @Test
  void a_confidential_vm_is_hard_and_not_live_migratable() {
    JsonNode vm = vm("vault-sev");
    assertThat(fired(vm)).contains("DEV-LAUNCH-SECURITY");
    assertThat(vm.path("ratings").path("configuration").asText()).isEqualTo("HARD");
    assertThat(vm.path("liveMigratable").asBoolean(true)).isFalse();
  }

  @Test
  void the_target_cluster_decides_the_sev_gate_and_virtiofs_migration() throws IOException {
    CliRunner.Result r = CliRunner.run("assess", "--quiet", "--out", out.resolve("cluster").toString(),
        "--cluster-facts", "fixtures/clusters/kubevirt-full.yaml", "fixtures/libvirt/host-bound.xml");
    assertThat(r.code()).as(r.err()).isZero();
    JsonNode onCluster = new ObjectMapper().readTree(out.resolve("cluster/assessment.json").toFile()).path("vms");
    JsonNode sev = find(onCluster, "vault-sev");
    assertThat(fired(sev)).contains("DEV-LAUNCH-SECURITY-GATE-OFF"); // KubeVirt 1.3.1 without WorkloadEncryptionSEV
    assertThat(sev.path("blocked").asBoolean()).isTrue();
    JsonNode runner = find(onCluster, "ci-runner");
    assertThat(fired(runner)).contains("DEV-HOST-FILESYSTEM-NO-MIGRATION");
    assertThat(runner.path("liveMigratable").asBoolean(true)).isFalse();
  }

  @Test
  void a_fact_the_format_cannot_know_stays_unknown() {
    // A libvirt domain does not state disk sizes, so the large-disk check cannot be decided.
    assertThat(status(vm("db-cluster-node1"), "DISK-LARGE")).containsOnly("UNKNOWN");
    // An oVirt /vms listing does not embed disks: every disk rule is undecided.
    assertThat(status(vm("intranet-web"), "DISK-SHARED")).containsOnly("UNKNOWN");
  }

  private static JsonNode vm(String name) {
    return find(vms, name);
  }

  private static JsonNode find(JsonNode list, String name) {
    for (JsonNode v : list) {
      if (v.path("name").asText().equals(name)) {
        return v;
      }
    }
    throw new AssertionError("no VM " + name);
  }

  private static List<String> fired(JsonNode vm) {
    return io.kubelift.AssessmentJson.fired(vm);
  }

  private static List<String> reasons(JsonNode vm) {
    return io.kubelift.AssessmentJson.liveMigrationReasons(doc, vm);
  }

  private static List<String> status(JsonNode vm, String rule) {
    List<String> out = new ArrayList<>();
    io.kubelift.AssessmentJson.findings(doc, vm).forEach(f -> {
      if (f.path("rule").asText().equals(rule)) {
        out.add(f.path("status").asText());
      }
    });
    return out;
  }
}
