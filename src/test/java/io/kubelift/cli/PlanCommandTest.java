package io.kubelift.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PlanCommandTest {
  @TempDir Path tmp;
  private final StringWriter out = new StringWriter();
  private final StringWriter err = new StringWriter();

  private int run(String... args) {
    return Main.run(args, new PrintWriter(out), new PrintWriter(err));
  }

  @Test
  void plan_writes_a_directory_per_application_and_a_runbook_only_for_the_blocked_one() {
    int code = run("plan", "--rubric", "rubrics/kubevirt", "--out", tmp.toString(), "fixtures/seed");
    assertThat(code).as(err.toString()).isZero();
    assertThat(tmp.resolve("three-tier/30-01-db01.yaml")).isRegularFile();
    assertThat(tmp.resolve("three-tier/runbook.md")).isRegularFile();
    assertThat(tmp.resolve("ha-shared-disk")).isDirectoryContaining(p -> p.endsWith("runbook.md"));
    assertThat(tmp.resolve("ha-shared-disk").toFile().list()).containsExactly("runbook.md");
    assertThat(out.toString()).contains("ha-shared-disk/", "BLOCKED");
    // written through a staging directory, which is gone once every file is in place
    assertThat(tmp.toFile().list()).containsExactlyInAnyOrder("ha-active-active", "ha-shared-disk",
        "ha-shared-nothing", "monolithic", "three-tier");
  }

  @Test
  void assess_with_plan_writes_the_plans_under_out_plan() {
    int code = run("assess", "--plan", "--quiet", "--rubric", "rubrics/kubevirt", "--out", tmp.toString(),
        "fixtures/seed");
    assertThat(code).as(err.toString()).isZero();
    assertThat(tmp.resolve("assessment.json")).isRegularFile();
    assertThat(tmp.resolve("plan/three-tier/runbook.md")).isRegularFile();
  }

  @Test
  void bad_plan_options_fail_with_one_line_and_status_2() throws Exception {
    assertThat(run("plan", "--source", "ftp", "--out", tmp.toString(), "fixtures/seed")).isEqualTo(2);
    assertThat(run("plan", "--bandwidth", "0", "--out", tmp.toString(), "fixtures/seed")).isEqualTo(2);
    assertThat(err.toString().lines()).hasSize(2).allMatch(l -> l.startsWith("kubelift: error: "));
    try (var s = Files.list(tmp)) {
      assertThat(s.count()).isZero();
    }
  }
}
