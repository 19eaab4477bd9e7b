package io.kubelift.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.kubelift.cluster.MockCluster;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The target cluster through the command line, against fabric8 mock clusters: {@code cluster check}, {@code assess
 * --cluster} and {@code --cluster-facts}, the seed use cases on clusters with and without KubeVirt and fencing.
 */
class ClusterCliTest {
  static final String TOKEN = "kl-token-5f1d0c9e7b2a4e13";
  @TempDir Path tmp;

  private JsonNode assess(Path kubeconfig, String... extra) throws IOException {
    Path out = Files.createTempDirectory(tmp, "out");
    List<String> args = new ArrayList<>(List.of("assess", "--quiet", "--out", out.toString(), "--cluster",
        "--kubeconfig", kubeconfig.toString()));
    args.addAll(List.of(extra));
    args.add("fixtures/seed");
    CliRunner.Result r = CliRunner.run(args.toArray(new String[0]));
    assertThat(r.code()).as(r.err()).isZero();
    return new ObjectMapper().readTree(out.resolve("assessment.json").toFile());
  }

  static JsonNode app(JsonNode doc, String name) {
    for (JsonNode a : doc.path("applications")) {
      if (a.path("name").asText().equals(name)) {
        return a;
      }
    }
    throw new AssertionError("no application " + name);
  }

  static List<String> fired(JsonNode entity) {
    return io.kubelift.AssessmentJson.fired(entity);
  }

  @Test
  void on_a_bare_cluster_every_vm_is_blocked_for_lack_of_kubevirt() throws IOException {
    try (MockCluster c = MockCluster.bare().ready()) {
      JsonNode doc = assess(c.kubeconfig(tmp, TOKEN));
      assertThat(doc.path("vms")).hasSize(10).allSatisfy(v -> {
        assertThat(v.path("blocked").asBoolean()).as(v.path("name").asText()).isTrue();
        assertThat(fired(v)).contains("CLUSTER-NO-KUBEVIRT");
      });
      assertThat(doc.path("rules").path("CLUSTER-NO-KUBEVIRT").path("blocker").asBoolean()).isTrue();
      assertThat(doc.path("cluster").path("facts").path("cluster.kubevirt.installed").asBoolean(true)).isFalse();
    }
  }

  @Test
  void shared_disk_ha_is_blocked_without_fencing_and_hard_with_it() throws IOException {
    JsonNode before;
    JsonNode after;
    try (MockCluster c = MockCluster.basic().ready()) {
      before = app(assess(c.kubeconfig(tmp, TOKEN)), "ha-shared-disk");
    }
    try (MockCluster c = MockCluster.fenced().ready()) {
      after = app(assess(c.kubeconfig(tmp, TOKEN)), "ha-shared-disk");
    }
    assertThat(before.path("blocked").asBoolean()).isTrue();
    assertThat(fired(before)).contains("HA-SHARED-DISK-UNFENCED");
    assertThat(after.path("blocked").asBoolean()).isFalse();
    assertThat(after.path("overall").asText()).isEqualTo("HARD");
    assertThat(after.path("ratings").path("reliability").asText()).isEqualTo("HARD");
    assertThat(fired(after)).contains("HA-SHARED-DISK-FENCED").doesNotContain("HA-SHARED-DISK-UNFENCED");
  }

  @Test
  void on_a_kubevirt_cluster_with_rwx_storage_the_backend_live_migrates_and_capacity_is_weighed() throws IOException {
    try (MockCluster c = MockCluster.basic().ready()) {
      JsonNode doc = assess(c.kubeconfig(tmp, TOKEN));
      JsonNode db = null;
      for (JsonNode v : doc.path("vms")) {
        db = v.path("name").asText().equals("db01") ? v : db;
      }
      assertThat(db.path("liveMigratable").asBoolean()).as(io.kubelift.AssessmentJson.liveMigrationReasons(doc, db).toString()).isTrue();
      // The seed VMs want 42 vCPUs (replicas counted) and 88 GiB; the two workers offer 24 CPUs and 96 GiB.
      JsonNode capacity = doc.path("cluster").path("capacity");
      assertThat(capacity.path("demand").path("cpus").asInt()).isEqualTo(42);
      assertThat(capacity.path("demand").path("memoryMiB").asLong()).isEqualTo(90112);
      assertThat(capacity.path("allocatable").path("cpus").asInt()).isEqualTo(24);
      assertThat(capacity.path("cpuShare").asDouble()).isEqualTo(1.75);
      assertThat(capacity.path("fits").asBoolean(true)).isFalse();
      assertThat(capacity.path("vmsLargerThanLargestNode")).isEmpty();
      CliRunner.Result table = CliRunner.run("assess", "--cluster", "--kubeconfig", c.kubeconfig(tmp, TOKEN)
          .toString(), "--out", tmp.resolve("table").toString(), "fixtures/seed");
      assertThat(table.out()).contains("Target cluster: context mock at ",
          "Capacity: 42 vCPUs of 24 allocatable (175 %), 88.0 GiB of 96.0 GiB (92 %): does NOT fit");
    }
  }

  @Test
  void the_readme_examples_hold_on_the_example_snapshots() throws IOException {
    JsonNode bare = assessSnapshot("fixtures/clusters/bare.yaml");
    assertThat(bare.path("vms")).allSatisfy(v -> assertThat(v.path("blocked").asBoolean()).isTrue());
    assertThat(app(assessSnapshot("fixtures/clusters/kubevirt-basic.yaml"), "ha-shared-disk").path("blocked")
        .asBoolean()).isTrue();
    JsonNode full = app(assessSnapshot("fixtures/clusters/kubevirt-full.yaml"), "ha-shared-disk");
    assertThat(full.path("blocked").asBoolean()).isFalse();
    assertThat(full.path("overall").asText()).isEqualTo("HARD");
  }

  private JsonNode assessSnapshot(String snapshot) throws IOException {
    Path out = Files.createTempDirectory(tmp, "out");
    CliRunner.Result r = CliRunner.run("assess", "--quiet", "--out", out.toString(), "--cluster-facts", snapshot,
        "fixtures/seed");
    assertThat(r.code()).as(r.err()).isZero();
    return new ObjectMapper().readTree(out.resolve("assessment.json").toFile());
  }

  @Test
  void a_saved_snapshot_gives_the_same_assessment_json_as_the_live_cluster() throws IOException {
    try (MockCluster c = MockCluster.full().ready()) {
      Path kubeconfig = c.kubeconfig(tmp, TOKEN);
      Path snapshot = tmp.resolve("full.yaml");
      CliRunner.Result check = CliRunner.run("cluster", "check", "--kubeconfig", kubeconfig.toString(), "--save",
          snapshot.toString());
      assertThat(check.code()).as(check.err()).isZero();
      assertThat(check.out()).contains("cluster.fencing.available", "Snapshot written to");
      Path live = Files.createTempDirectory(tmp, "live");
      Path offline = Files.createTempDirectory(tmp, "offline");
      assertThat(CliRunner.run("assess", "--quiet", "--out", live.toString(), "--cluster", "--kubeconfig",
          kubeconfig.toString(), "fixtures/seed").code()).isZero();
      assertThat(CliRunner.run("assess", "--quiet", "--out", offline.toString(), "--cluster-facts",
          snapshot.toString(), "fixtures/seed").code()).isZero();
      assertThat(Files.readString(offline.resolve("assessment.json")))
          .isEqualTo(Files.readString(live.resolve("assessment.json")))
          .contains("\"source\":\"context mock at " + c.client.getMasterUrl());
    }
  }

  @Test
  void a_caller_without_list_permission_gets_a_report_with_those_items_unknown() throws IOException {
    try (MockCluster c = MockCluster.fenced().forbid("/api/v1/nodes")
        .forbid("/apis/storage.k8s.io/v1/storageclasses").ready()) {
      JsonNode doc = assess(c.kubeconfig(tmp, TOKEN));
      JsonNode unknown = doc.path("cluster").path("unknown");
      assertThat(unknown.path("cluster.nodes.count").asText()).isEqualTo("cannot list nodes: forbidden (HTTP 403)");
      assertThat(unknown.path("cluster.storage.rwx").asText()).contains("forbidden (HTTP 403)");
      assertThat(doc.path("cluster").path("facts").has("cluster.storage.rwx")).isFalse();
      assertThat(doc.path("cluster").path("capacity").path("fits").isNull()).isTrue();
      assertThat(app(doc, "ha-shared-disk").path("blocked").asBoolean()).isFalse();
    }
  }

  @Test
  void cluster_check_and_assess_send_nothing_but_get_requests() throws IOException {
    try (MockCluster c = MockCluster.full().ready()) {
      Path kubeconfig = c.kubeconfig(tmp, TOKEN);
      assertThat(CliRunner.run("cluster", "check", "--kubeconfig", kubeconfig.toString()).code()).isZero();
      assess(kubeconfig);
      assertThat(c.drain()).hasSizeGreaterThan(20).allMatch(r -> r.startsWith("GET "), "a GET request");
    }
  }

  @Test
  void credentials_never_appear_in_output_not_even_with_debug() throws IOException {
    try (MockCluster c = MockCluster.fenced().forbid("/apis/storage.k8s.io/v1/storageclasses").ready()) {
      Path kubeconfig = c.kubeconfig(tmp, TOKEN);
      CliRunner.Result ok = CliRunner.run("cluster", "check", "--debug", "--kubeconfig", kubeconfig.toString());
      assertThat(ok.code()).isZero();
      assertThat(ok.out() + ok.err()).doesNotContain(TOKEN);
    }
    Path unreachable = tmp.resolve("unreachable");
    Files.writeString(unreachable, "apiVersion: v1\nkind: Config\nclusters:\n- name: gone\n  cluster:\n"
        + "    server: https://user:kl-url-password@127.0.0.1:1/\n    insecure-skip-tls-verify: true\n"
        + "users:\n- name: u\n  user:\n    token: " + TOKEN + "\n    username: admin\n"
        + "    password: kl-password-8d1e\n"
        + "contexts:\n- name: gone\n  context: {cluster: gone, user: u}\ncurrent-context: gone\n");
    for (String[] args : List.of(new String[] {"cluster", "check", "--debug", "--kubeconfig", unreachable.toString()},
        new String[] {"assess", "--debug", "--cluster", "--kubeconfig", unreachable.toString(), "fixtures/seed"})) {
      CliRunner.Result r = CliRunner.run(args);
      assertThat(r.code()).as(r.err()).isEqualTo(Main.EXIT_INPUT);
      assertThat(r.err()).contains("kubelift: error: context gone at https://127.0.0.1:1/: cannot reach the cluster")
          .doesNotContain(TOKEN).doesNotContain("kl-password-8d1e").doesNotContain("kl-url-password");
      assertThat(r.out()).doesNotContain(TOKEN);
    }
  }

  @Test
  void refused_credentials_end_the_run_with_one_line_and_exit_2() throws IOException {
    try (MockCluster c = MockCluster.bare().unauthorized().ready()) {
      CliRunner.Result r = CliRunner.run("cluster", "check", "--kubeconfig", c.kubeconfig(tmp, TOKEN).toString());
      assertThat(r.code()).as(r.out() + r.err()).isEqualTo(Main.EXIT_INPUT);
      assertThat(r.err().strip()).doesNotContain("\n").contains("refused the credentials (HTTP 401 Unauthorized)")
          .doesNotContain(TOKEN);
      CliRunner.Result debug = CliRunner.run("cluster", "check", "--debug", "--kubeconfig",
          c.kubeconfig(tmp, TOKEN).toString());
      assertThat(debug.err()).contains("KubernetesClientException").doesNotContain(TOKEN);
    }
  }

  @Test
  void connection_options_are_checked_before_anything_is_read() throws IOException {
    Path kubeconfig = tmp.resolve("none.yaml");
    CliRunner.Result both = CliRunner.run("assess", "--cluster", "--cluster-facts", "x.yaml", "fixtures/seed");
    assertThat(both.code()).isEqualTo(Main.EXIT_INPUT);
    assertThat(both.err()).contains("either --cluster or --cluster-facts");
    CliRunner.Result alone = CliRunner.run("assess", "--kubeconfig", kubeconfig.toString(), "fixtures/seed");
    assertThat(alone.err()).contains("--kubeconfig: applies only with --cluster");
    CliRunner.Result missing = CliRunner.run("cluster", "check", "--kubeconfig", kubeconfig.toString());
    assertThat(missing.err()).contains("none.yaml: no such kubeconfig file");
    try (MockCluster c = MockCluster.bare().ready()) {
      CliRunner.Result context = CliRunner.run("cluster", "check", "--kubeconfig",
          c.kubeconfig(tmp, TOKEN).toString(), "--context", "prod");
      assertThat(context.code()).isEqualTo(Main.EXIT_INPUT);
      assertThat(context.err()).contains("no context 'prod' in the kubeconfig");
      assertThat(c.drain()).isEmpty();
    }
  }
}
