package io.kubelift.inventory;

import static io.kubelift.inventory.Corpus.app;
import static io.kubelift.inventory.Corpus.fired;
import static io.kubelift.inventory.Corpus.vm;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.kubelift.model.ClusterFacts;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The traits of the RVTools fixture reach the rubric: read through the whole pipeline with the application map,
 * each trait fires the rule made for it, and the applications' verdicts follow.
 */
class FixtureRulesTest {
  static final Path EXPORT = Path.of("fixtures/rvtools/export");
  static final Path APPS = Path.of("fixtures/apps/datacenter1.yaml");
  static JsonNode doc;

  @BeforeAll
  static void assess() {
    doc = Corpus.assess(List.of(EXPORT), APPS);
  }

  @Test
  void a_multi_writer_disk_blocks_its_application_without_fencing() {
    assertThat(fired(vm(doc, "ora-rac01"))).contains("DISK-SHARED", "DISK-SHARED-UNFENCED", "DISK-INDEPENDENT");
    JsonNode erp = app(doc, "erp-db");
    assertThat(erp.path("blocked").asBoolean()).isTrue();
    assertThat(erp.path("overall").asText()).isEqualTo("HARD");
  }

  @Test
  void with_fencing_on_the_target_the_same_application_is_no_longer_blocked() {
    JsonNode fenced = Corpus.assess(List.of(EXPORT), APPS, new ClusterFacts("test",
        Map.of("cluster.fencing.available", true)));
    assertThat(fired(vm(fenced, "ora-rac01"))).contains("DISK-SHARED-FENCED").doesNotContain("DISK-SHARED-UNFENCED");
    assertThat(app(fenced, "erp-db").path("blocked").asBoolean()).isFalse();
  }

  @Test
  void shared_physical_rdms_of_a_windows_cluster_block_it_too() {
    assertThat(fired(vm(doc, "fin-sql01"))).contains("DISK-RAW-LUN", "DISK-SHARED-UNFENCED");
    JsonNode fin = app(doc, "finance-sql");
    assertThat(fired(fin)).contains("HA-SHARED-DISK-UNFENCED", "HA-WINDOWS-CLUSTER", "HA-VIP");
    assertThat(fin.path("blocked").asBoolean()).isTrue();
  }

  @Test
  void an_sriov_nic_makes_the_vm_not_live_migratable() {
    JsonNode fw = vm(doc, "fw-edge01");
    assertThat(fired(fw)).contains("NIC-SRIOV", "HOST-DEDICATED-CPUS", "GUEST-AGENT-MISSING");
    assertThat(fw.path("liveMigratable").asBoolean()).isFalse();
    assertThat(io.kubelift.AssessmentJson.liveMigrationReasons(doc, fw)).anyMatch(r -> r.startsWith("NIC-SRIOV: "));
  }

  @Test
  void usb_iso_snapshots_firmware_fault_tolerance_and_old_guests_fire_their_rules() {
    assertThat(fired(vm(doc, "lic01"))).contains("DEV-USB");
    assertThat(fired(vm(doc, "build01"))).contains("DISK-ISO", "VM-SNAPSHOTS", "DISK-INDEPENDENT");
    assertThat(fired(vm(doc, "shop-web01"))).contains("FW-UEFI", "FW-SECURE-BOOT", "PLATFORM-HA", "NIC-MODEL");
    assertThat(fired(vm(doc, "crm-app01"))).contains("PLATFORM-FT");
    assertThat(fired(vm(doc, "legacy-nt01"))).contains("OS-EOL", "DISK-RAW-LUN", "VM-POWERED-OFF",
        "NIC-DISCONNECTED");
    assertThat(fired(vm(doc, "shop-app01"))).contains("NET-SEGMENTS");
  }

  @Test
  void the_application_map_places_vms_and_the_folder_rule_places_the_rest() {
    assertThat(vm(doc, "shop-db01").path("application").asText()).isEqualTo("shop");
    assertThat(vm(doc, "shop-db01").path("role").asText()).isEqualTo("backend");
    assertThat(vm(doc, "crm-app01").path("application").asText()).as("derived from /DC1/vm/Prod/crm")
        .isEqualTo("crm");
    assertThat(vm(doc, "lic01").has("application")).as("/DC1/vm/Infra matches no rule").isFalse();
    assertThat(fired(app(doc, "shop"))).contains("APP-EXPOSED");
  }

  @Test
  void every_vm_carries_its_source_row_into_the_assessment() {
    assertThat(vm(doc, "shop-web01").path("source").asText()).isEqualTo(EXPORT + "/RVTools_tabvInfo.csv:2");
    assertThat(vm(doc, "shop-web01").has("sources")).as("one source is not listed again").isFalse();
    assertThat(io.kubelift.AssessmentJson.sources(vm(doc, "shop-web01"))).hasSize(1);
  }
}
