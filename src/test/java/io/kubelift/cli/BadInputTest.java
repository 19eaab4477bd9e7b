package io.kubelift.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Bad input gets one line naming the file and line, exit status 2, and no stack trace. */
class BadInputTest {
  private static final String BAD = "src/test/resources/bad/";
  @TempDir Path out;

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
    "malformed.yaml     | 4 | not valid YAML: while parsing a flow sequence; expected ',' or ']'",
    "wrong-type.yaml    | 4 | vms[0].cpus: string found, integer expected",
    "unknown-field.yaml | 4 | unknown field 'colour' in vms[0]",
    "no-name.yaml       | 4 | missing required field 'name' in vms[1]",
    "bad-enum.yaml      | 6 | vms[0].disks[0].format: does not have a value in the enumeration",
  })
  void bad_inventory_is_refused_with_file_and_line(String file, int line, String reason) {
    CliRunner.Result r = CliRunner.run("assess", "--out", out.toString(), BAD + file);
    assertOneLineError(r, BAD + file + ":" + line + ": " + reason);
  }

  @Test
  void a_file_that_is_not_an_inventory_is_refused() {
    assertOneLineError(CliRunner.run("assess", "--out", out.toString(), BAD + "notes.txt"),
        BAD + "notes.txt: not an inventory this version reads");
  }

  @Test
  void a_missing_file_is_refused() {
    assertOneLineError(CliRunner.run("assess", "--out", out.toString(), "no-such-inventory.yaml"),
        "no-such-inventory.yaml: no such file or directory");
  }

  @Test
  void a_rubric_rule_on_an_unknown_fact_is_refused_with_file_and_line() {
    CliRunner.Result r = CliRunner.run("assess", "--out", out.toString(), "--rubric", BAD + "rubric-unknown-fact",
        "fixtures/seed");
    assertOneLineError(r, BAD + "rubric-unknown-fact/rules/r.yaml:5: unknown fact 'vm.colour'");
  }

  @Test
  void a_rubric_rule_with_an_unknown_operator_is_refused_by_validate() {
    CliRunner.Result r = CliRunner.run("rubric", "validate", BAD + "rubric-unknown-operator");
    assertOneLineError(r, BAD + "rubric-unknown-operator/rules/r.yaml:8: unknown operator 'between'");
  }

  @Test
  void the_default_rubric_validates() {
    CliRunner.Result r = CliRunner.run("rubric", "validate", "rubrics/kubevirt");
    assertThat(r.code()).as(r.err()).isZero();
    assertThat(r.out()).contains("valid rubric kubevirt");
  }

  @Test
  void an_unknown_option_is_bad_usage() {
    CliRunner.Result r = CliRunner.run("assess", "--bogus", "fixtures/seed");
    assertThat(r.code()).isEqualTo(2);
    assertThat(r.err()).contains("Unknown option: '--bogus'").doesNotContain("Exception");
  }

  @Test
  void an_unknown_report_format_is_bad_usage() {
    assertOneLineError(CliRunner.run("assess", "--out", out.toString(), "--format", "docx", "fixtures/seed"),
        "--format: unknown format 'docx'");
  }

  @Test
  void fail_on_hard_and_blocked_exit_3_when_met_and_0_when_not() {
    assertThat(CliRunner.run("assess", "--quiet", "--out", out.toString(), "--fail-on", "hard", "fixtures/seed")
        .code()).isEqualTo(3);
    assertThat(CliRunner.run("assess", "--quiet", "--out", out.toString(), "--fail-on", "blocked",
        "fixtures/seed/ha-shared-disk.yaml").code()).isEqualTo(3);
    assertThat(CliRunner.run("assess", "--quiet", "--out", out.toString(), "--fail-on", "blocked",
        "fixtures/seed/ha-shared-nothing.yaml").code()).isZero();
    assertThat(CliRunner.run("assess", "--quiet", "--out", out.toString(), "--fail-on", "hard",
        "fixtures/seed/monolithic.yaml").code()).isZero();
  }

  @Test
  void debug_shows_the_stack_trace() {
    CliRunner.Result r = CliRunner.run("assess", "--debug", "--out", out.toString(), BAD + "wrong-type.yaml");
    assertThat(r.code()).isEqualTo(2);
    assertThat(r.err()).contains("at io.kubelift.");
  }

  static void assertOneLineError(CliRunner.Result r, String expected) {
    assertThat(r.code()).as("exit status; stderr: %s", r.err()).isEqualTo(2);
    assertThat(r.err().strip()).startsWith("kubelift: error: " + expected);
    assertThat(r.err().strip().lines().count()).as("one line: %s", r.err()).isEqualTo(1);
    assertThat(r.err()).doesNotContain("Exception").doesNotContain("\tat ");
  }
}
