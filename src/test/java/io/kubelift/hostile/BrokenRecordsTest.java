package io.kubelift.hostile;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.kubelift.cli.CliRunner;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Broken records are rejected with their location and the rest is assessed; {@code --strict} turns a rejection
 * into exit status 2 after the output is written. Inventory text that reaches the terminal (names in the summary
 * table, cell values quoted in errors) carries no control characters.
 */
class BrokenRecordsTest {
  private static final String QUOTED = HostileInputTest.DIR + "encodings/flat-quoted-newline.csv";
  private static final String ESCAPES = HostileInputTest.DIR + "terminal-escapes.csv";
  private static final String REJECTED = "kubelift: error: --strict: 1 input record was rejected, the first at "
      + QUOTED + ":6: column 'cpus': 'four' is not a number (all are listed in the output)";
  @TempDir Path out;

  private JsonNode assessment() throws IOException {
    return new ObjectMapper().readTree(out.resolve("assessment.json").toFile());
  }

  private static java.util.List<String> names(JsonNode a) {
    java.util.List<String> out = new java.util.ArrayList<>();
    a.path("vms").forEach(v -> out.add(v.path("name").asText()));
    return out;
  }

  @Test
  void a_rejected_record_is_listed_and_the_rest_assessed_with_exit_0() throws IOException {
    CliRunner.Result r = CliRunner.run("assess", "--quiet", "--out", out.toString(), QUOTED);
    assertThat(r.code()).as(r.err()).isZero();
    assertThat(r.err()).isEmpty();
    JsonNode a = assessment();
    assertThat(names(a)).containsExactly("db01", "web01");
    assertThat(a.path("inputs").get(0).path("rejected").toString())
        .isEqualTo("[{\"location\":\"" + QUOTED + ":6\",\"reason\":\"column 'cpus': 'four' is not a number\"}]");
  }

  @Test
  void strict_exits_2_naming_the_first_rejection_after_writing_the_reports() throws IOException {
    CliRunner.Result r = CliRunner.run("assess", "--strict", "--quiet", "--out", out.toString(), QUOTED);
    assertThat(r.code()).isEqualTo(2);
    assertThat(r.err().strip()).isEqualTo(REJECTED);
    assertThat(assessment().path("summary").path("rejected").asInt()).isEqualTo(1);
    assertThat(out.resolve("index.html")).isRegularFile();
  }

  @Test
  void strict_outranks_fail_on_because_the_input_itself_is_at_fault() {
    CliRunner.Result r = CliRunner.run("assess", "--strict", "--fail-on", "hard", "--quiet", "--out",
        out.toString(), QUOTED, HostileInputTest.DIR + "many-disks.yaml");
    assertThat(r.code()).isEqualTo(2);
    assertThat(r.err().strip()).isEqualTo(REJECTED);
  }

  @Test
  void strict_without_rejections_exits_0() {
    CliRunner.Result r = CliRunner.run("assess", "--strict", "--quiet", "--out", out.toString(),
        HostileInputTest.DIR + "encodings/flat-crlf.csv");
    assertThat(r.code()).as(r.err()).isZero();
    assertThat(r.err()).isEmpty();
  }

  @Test
  void plan_strict_writes_the_plans_then_exits_2() {
    CliRunner.Result r = CliRunner.run("plan", "--strict", "--out", out.toString(), QUOTED);
    assertThat(r.code()).isEqualTo(2);
    assertThat(r.err().strip()).isEqualTo(REJECTED);
    assertThat(out.resolve("_standalone/db01/runbook.md")).isRegularFile();
    assertThat(out.resolve("_standalone/web01/runbook.md")).isRegularFile();
  }

  @Test
  void help_documents_strict_for_assess_and_plan() {
    assertThat(CliRunner.run("assess", "--help").out()).contains("--strict", "Exit 2 when any input record was");
    assertThat(CliRunner.run("plan", "--help").out()).contains("--strict", "Exit 2 when any input record was");
  }

  @Test
  void escape_sequences_and_carriage_returns_never_reach_the_terminal_raw() throws IOException {
    CliRunner.Result r = CliRunner.run("assess", "--strict", "--out", out.toString(), ESCAPES);
    assertThat(r.code()).isEqualTo(2);
    assertThat(r.err().strip()).isEqualTo("kubelift: error: --strict: 1 input record was rejected, the first at "
        + ESCAPES + ":5: column 'cpus': 'x?[31mfour' is not a number (all are listed in the output)");
    assertThat(r.out()).contains("clear?[2Jscreen ", "over?write ");
    assertThat((r.out() + r.err()).chars().filter(c -> Character.isISOControl(c) && c != '\n'))
        .as("control characters on the terminal").isEmpty();
    // the reports keep the names as read (each format escapes them), so nothing is lost
    assertThat(names(assessment())).containsExactly("clear\u001b[2Jscreen",
        "over\rwrite");
  }

  @Test
  void an_error_quoting_a_hostile_value_is_one_clean_line() throws IOException {
    Path bad = out.resolve("bad.yaml");
    Files.writeString(bad, "kubelift: inventory/v1\nvms:\n  - name: a\n    \"evil\\e[2J\\rkey\": 1\n");
    CliRunner.Result r = CliRunner.run("assess", "--out", out.resolve("o").toString(), bad.toString());
    assertThat(r.code()).isEqualTo(2);
    assertThat(r.err()).startsWith("kubelift: error: " + bad + ":4: ").contains("evil?[2J?key").endsWith("\n");
    assertThat(r.err().strip()).doesNotContain("\n").doesNotContain("\u001b").doesNotContain("\r");
    CliRunner.Result debug = CliRunner.run("assess", "--debug", "--out", out.resolve("o").toString(), bad.toString());
    assertThat(debug.err()).contains("evil?[2J?key", "    at io.kubelift.");
    assertThat(debug.err().chars().filter(c -> Character.isISOControl(c) && c != '\n'))
        .as("control characters in the --debug trace").isEmpty();
  }
}
