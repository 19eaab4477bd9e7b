package io.kubelift.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The five reference use cases of the KubeVirt evaluation, assessed end to end through the command line, come out
 * with the verdicts the evaluation reached. Read from assessment.json, the output contract.
 */
class SeedUseCasesTest {
  @TempDir static Path out;
  static JsonNode doc;

  @BeforeAll
  static void assess() throws IOException {
    CliRunner.Result r = CliRunner.run("assess", "--out", out.toString(), "--format", "json", "fixtures/seed");
    assertThat(r.code()).as(r.err()).isZero();
    doc = new ObjectMapper().readTree(out.resolve("assessment.json").toFile());
  }

  static JsonNode app(String name) {
    for (JsonNode a : doc.path("applications")) {
      if (a.path("name").asText().equals(name)) {
        return a;
      }
    }
    throw new AssertionError("no application " + name);
  }

  static JsonNode vm(String name) {
    for (JsonNode v : doc.path("vms")) {
      if (v.path("name").asText().equals(name)) {
        return v;
      }
    }
    throw new AssertionError("no VM " + name);
  }

  static int severity(JsonNode a) {
    return List.of("EASY", "UNKNOWN", "MEDIUM", "HARD").indexOf(a.path("overall").asText()) * 2
        + (a.path("blocked").asBoolean() ? 1 : 0);
  }

  @Test
  void monolithic_is_easy_to_migrate_and_maintain() {
    JsonNode a = app("monolithic");
    assertThat(a.path("ratings").path("imageMigration").asText()).isEqualTo("EASY");
    assertThat(a.path("ratings").path("configuration").asText()).isEqualTo("EASY");
    assertThat(a.path("ratings").path("maintenance").asText()).isEqualTo("EASY");
    assertThat(a.path("blocked").asBoolean()).isFalse();
    assertThat(rules(vm("mono-app01"))).contains("DISK-CONVERT", "STORAGE-DATAVOLUME", "WL-BACKUP-VOLUME",
        "WL-MANUAL-RESTART", "WL-HEALTHCHECK");
  }

  @Test
  void three_tier_migration_process_is_medium_reliability_and_maintenance_easy() {
    JsonNode a = app("three-tier");
    assertThat(a.path("ratings").path("imageMigration").asText()).isEqualTo("MEDIUM");
    assertThat(a.path("ratings").path("configuration").asText()).isEqualTo("MEDIUM");
    assertThat(a.path("ratings").path("reliability").asText()).isEqualTo("EASY");
    assertThat(a.path("ratings").path("maintenance").asText()).isEqualTo("EASY");
    assertThat(a.path("blocked").asBoolean()).isFalse();
    assertThat(rules(vm("web01"))).contains("STORAGE-CONTAINERDISK", "WL-HOSTNAMES", "WL-REPLICA-SET");
    assertThat(rules(vm("app01"))).contains("STORAGE-CONTAINERDISK", "WL-HOSTNAMES", "WL-IPS");
    assertThat(rules(vm("db01"))).contains("STORAGE-DATAVOLUME", "WL-MANUAL-RESTART").doesNotContain(
        "STORAGE-CONTAINERDISK");
  }

  @Test
  void three_tier_containerdisk_tiers_live_migrate_with_the_reason_stated() {
    for (String name : List.of("web01", "app01")) {
      JsonNode v = vm(name);
      assertThat(v.path("liveMigratable").asBoolean()).as(name).isTrue();
      assertThat(io.kubelift.AssessmentJson.liveMigrationReasons(doc, v)).as(name)
          .anyMatch(r -> r.startsWith("STORAGE-CONTAINERDISK: ") && r.contains("overlay"));
    }
    // Without target cluster facts, whether the backend's storage allows live migration is unknown.
    assertThat(vm("db01").has("liveMigratable")).as("unknown, so left out").isFalse();
    assertThat(io.kubelift.AssessmentJson.liveMigrationReasons(doc, vm("db01")))
        .anyMatch(r -> r.startsWith("STORAGE-RWO: "));
  }

  @Test
  void shared_disk_ha_is_blocked_for_lack_of_fencing() {
    JsonNode a = app("ha-shared-disk");
    assertThat(a.path("blocked").asBoolean()).isTrue();
    assertThat(a.path("ratings").path("reliability").asText()).isEqualTo("HARD");
    assertThat(io.kubelift.AssessmentJson.findings(doc, a)).anySatisfy(f -> {
      assertThat(f.path("rule").asText()).isEqualTo("HA-SHARED-DISK-UNFENCED");
      assertThat(f.path("blocker").asBoolean()).isTrue();
      assertThat(f.path("status").asText()).isEqualTo("FIRED");
      assertThat(f.path("message").asText()).contains("fencing");
    });
    assertThat(vm("hasd-node1").path("liveMigratable").asBoolean(true)).isFalse();
  }

  @Test
  void shared_nothing_ha_is_possible_only_with_workarounds() {
    JsonNode a = app("ha-shared-nothing");
    assertThat(a.path("ratings").path("configuration").asText()).isEqualTo("HARD");
    assertThat(a.path("overall").asText()).isEqualTo("HARD");
    assertThat(a.path("blocked").asBoolean()).isFalse();
    assertThat(rules(a)).contains("HA-SHARED-NOTHING-CLUSTER", "HA-VIP", "HA-SEGMENTS");
    assertThat(rules(vm("pgrex-node1"))).contains("NET-SEGMENTS", "NIC-STATIC-IP", "NIC-VIP");
  }

  @Test
  void active_active_is_not_blocked() {
    JsonNode a = app("ha-active-active");
    assertThat(a.path("blocked").asBoolean()).isFalse();
    assertThat(rules(a)).contains("HA-ACTIVE-ACTIVE");
  }

  @Test
  void overall_order_is_monolithic_three_tier_shared_nothing_shared_disk() {
    assertThat(List.of(severity(app("monolithic")), severity(app("three-tier")), severity(app("ha-shared-nothing")),
        severity(app("ha-shared-disk")))).isSorted();
    assertThat(severity(app("ha-shared-disk"))).isGreaterThan(severity(app("ha-shared-nothing")));
  }

  @Test
  void seed_use_cases_have_no_undecided_dimension() {
    for (JsonNode v : doc.path("vms")) {
      assertThat(v.path("ratings").toString()).as(v.path("name").asText()).doesNotContain("UNKNOWN");
    }
  }

  @Test
  void output_contract_fields_are_present() {
    assertThat(doc.path("schemaVersion").asText()).isNotEmpty();
    assertThat(doc.path("rubric").path("id").asText()).isEqualTo("kubevirt");
    assertThat(doc.path("inputs")).hasSize(5);
    assertThat(doc.path("inputs").get(0).path("records").asInt()).isPositive();
    assertThat(doc.path("summary").path("vms").asInt()).isEqualTo(10);
    assertThat(doc.path("summary").path("applications").asInt()).isEqualTo(5);
    JsonNode v = vm("web01");
    assertThat(v.path("source").asText()).matches("fixtures/seed/three-tier\\.yaml:\\d+");
    assertThat(v.path("confidence").asDouble()).isBetween(0.0, 1.0);
    JsonNode rule = doc.path("rules").path("DISK-CONVERT");
    for (String k : List.of("title", "rationale", "remediation", "references")) {
      assertThat(rule.has(k)).as(k).isTrue();
    }
  }

  @Test
  void the_same_input_gives_the_same_bytes() throws IOException {
    Path again = out.resolveSibling(out.getFileName() + "-again");
    assertThat(CliRunner.run("assess", "--out", again.toString(), "--quiet", "fixtures/seed").code()).isZero();
    assertThat(Files.readAllBytes(again.resolve("assessment.json")))
        .isEqualTo(Files.readAllBytes(out.resolve("assessment.json")));
  }

  private static List<String> rules(JsonNode entity) {
    return io.kubelift.AssessmentJson.fired(entity);
  }
}
