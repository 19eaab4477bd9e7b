package io.kubelift.hostile;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.kubelift.cli.CliRunner;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Hostile inputs, one file per case under src/test/resources/hostile/. Runs in a JVM with -Xmx256m (its own
 * Surefire execution), so "bounded memory" is tested, not assumed.
 */
class HostileInputTest {
  static final String DIR = "src/test/resources/hostile/";
  @TempDir Path out;

  @Test
  void runs_with_a_small_heap() {
    assertThat(Runtime.getRuntime().maxMemory()).isLessThanOrEqualTo(300L * 1024 * 1024);
  }

  @Test
  void a_yaml_alias_bomb_is_refused() {
    CliRunner.Result r = CliRunner.run("assess", "--out", out.toString(), DIR + "yaml-alias-bomb.yaml");
    assertThat(r.code()).isEqualTo(2);
    assertThat(r.err().strip()).isEqualTo("kubelift: error: " + DIR + "yaml-alias-bomb.yaml:4: YAML aliases are not "
        + "supported (found *a): write the value out in full");
  }

  @Test
  void deep_nesting_is_refused() {
    CliRunner.Result r = CliRunner.run("assess", "--out", out.toString(), DIR + "yaml-deep-nesting.yaml");
    assertThat(r.code()).isEqualTo(2);
    assertThat(r.err()).startsWith("kubelift: error: " + DIR + "yaml-deep-nesting.yaml").contains("nesting")
        .doesNotContain("Exception");
  }

  @Test
  void ten_thousand_disks_on_one_vm_are_assessed_with_a_bounded_message() throws IOException {
    CliRunner.Result r = CliRunner.run("assess", "--quiet", "--out", out.toString(), DIR + "many-disks.yaml");
    assertThat(r.code()).as(r.err()).isZero();
    JsonNode doc = new ObjectMapper().readTree(out.resolve("assessment.json").toFile());
    JsonNode vm = doc.path("vms").get(0);
    assertThat(vm.path("name").asText()).isEqualTo("many-disks");
    assertThat(vm.path("findings").path("DISK-CONVERT")).hasSize(10);
    assertThat(io.kubelift.AssessmentJson.message(doc, vm, "DISK-CONVERT")).endsWith("and 9990 more")
        .hasSizeLessThan(2000);
  }

  @Test
  void a_binary_file_is_not_an_inventory() {
    CliRunner.Result r = CliRunner.run("assess", "--out", out.toString(), DIR + "not-an-inventory.bin");
    assertThat(r.code()).isEqualTo(2);
    assertThat(r.err().strip()).isEqualTo("kubelift: error: " + DIR
        + "not-an-inventory.bin: not an inventory this version reads; formats: " + formats());
  }

  @Test
  void an_empty_file_is_not_an_inventory() {
    CliRunner.Result r = CliRunner.run("assess", "--out", out.toString(), DIR + "empty.yaml");
    assertThat(r.code()).isEqualTo(2);
    assertThat(r.err()).startsWith("kubelift: error: " + DIR + "empty.yaml: not an inventory");
  }

  @Test
  void a_single_100_mb_field_is_refused_within_a_small_heap() throws IOException {
    Path huge = out.resolve("huge-field.yaml");
    try (Writer w = Files.newBufferedWriter(huge, StandardCharsets.UTF_8)) {
      w.write("kubelift: inventory/v1\nvms:\n  - name: \"");
      char[] chunk = new char[1 << 20];
      java.util.Arrays.fill(chunk, 'x');
      for (int i = 0; i < 100; i++) {
        w.write(chunk);
      }
      w.write("\"\n");
    }
    CliRunner.Result r = CliRunner.run("assess", "--out", out.resolve("o").toString(), huge.toString());
    assertThat(r.code()).isEqualTo(2);
    assertThat(r.err()).startsWith("kubelift: error: " + huge).contains("bytes; at most")
        .doesNotContain("Exception");
  }

  private static String formats() {
    return io.kubelift.inventory.InventoryReaders.standard().ids().toString();
  }
}
