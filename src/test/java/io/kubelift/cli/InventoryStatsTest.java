package io.kubelift.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code inventory stats} counts what {@code assess} reads, and prints nothing else. */
class InventoryStatsTest {
  private static final String ESTATE = "fixtures/estate";
  private static final String APPS = "fixtures/estate/apps.yaml";

  @TempDir Path tmp;

  @Test
  void it_counts_the_vms_applications_and_rejected_records_that_assess_reads() throws IOException {
    CliRunner.Result stats = CliRunner.run("inventory", "stats", "--apps", APPS, ESTATE);
    assertThat(stats.code()).as(stats.err()).isZero();
    assertThat(stats.err()).isEmpty();
    Map<String, Long> counts = counts(stats.out());
    assertThat(counts.keySet()).containsExactly("inputs", "records", "VMs", "disks", "NICs", "applications",
        "rejected");

    CliRunner.Result assess = CliRunner.run("assess", "--quiet", "--format", "json", "--apps", APPS, "--out",
        tmp.toString(), ESTATE);
    assertThat(assess.code()).as(assess.err()).isZero();
    JsonNode doc = new ObjectMapper().readTree(tmp.resolve("assessment.json").toFile());
    long rejected = 0;
    long records = 0;
    for (JsonNode input : doc.path("inputs")) {
      rejected += input.path("rejected").size();
      records += input.path("records").asLong();
    }
    assertThat(counts.get("VMs")).isEqualTo(doc.path("vms").size()).isPositive();
    assertThat(counts.get("applications")).isEqualTo(doc.path("applications").size());
    assertThat(counts.get("inputs")).isEqualTo(doc.path("inputs").size());
    assertThat(counts.get("records")).isEqualTo(records);
    assertThat(counts.get("rejected")).isEqualTo(rejected).isPositive();
    assertThat(counts.get("disks")).isGreaterThanOrEqualTo(counts.get("VMs"));
    assertThat(counts.get("NICs")).isGreaterThanOrEqualTo(counts.get("VMs"));
  }

  @Test
  void assess_refuses_a_thread_count_below_one() {
    CliRunner.Result r = CliRunner.run("assess", "--quiet", "--threads", "0", "--out", tmp.toString(),
        "fixtures/seed");
    assertThat(r.code()).isEqualTo(Main.EXIT_INPUT);
    assertThat(r.err()).contains("--threads").contains("positive");
  }

  private static Map<String, Long> counts(String out) {
    Map<String, Long> m = new LinkedHashMap<>();
    out.lines().forEach(l -> {
      String[] kv = l.trim().split("\\s+");
      assertThat(kv).as(l).hasSize(2);
      m.put(kv[0], Long.valueOf(kv[1]));
    });
    return m;
  }
}
