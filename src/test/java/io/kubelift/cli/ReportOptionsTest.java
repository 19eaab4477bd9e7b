package io.kubelift.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The report options of {@code assess} and {@code demo}: formats, templates, bandwidth, plan links, bad output. */
class ReportOptionsTest {
  @TempDir Path tmp;

  @Test
  void assess_writes_json_and_html_by_default() {
    CliRunner.Result r = CliRunner.run("assess", "--quiet", "--out", tmp.toString(), "fixtures/seed/monolithic.yaml");
    assertThat(r.code()).as(r.err()).isZero();
    try (var files = Files.list(tmp)) {
      assertThat(files.map(p -> p.getFileName().toString()).sorted().toList())
          .containsExactly("assessment.json", "index.html");
    } catch (IOException e) {
      throw new AssertionError(e);
    }
  }

  @Test
  void demo_writes_every_format_and_prints_where_the_html_is() {
    CliRunner.Result r = CliRunner.run("demo", "--out", tmp.toString());
    assertThat(r.code()).as(r.err()).isZero();
    for (String f : List.of("assessment.json", "index.html", "report.md", "report.pdf", "vms.csv", "findings.csv")) {
      assertThat(tmp.resolve(f)).isNotEmptyFile();
    }
    assertThat(r.out()).contains("Open " + tmp.resolve("index.html").toAbsolutePath().normalize());
  }

  @Test
  void an_output_directory_that_cannot_be_created_is_one_line_and_exit_2() throws IOException {
    Path file = Files.writeString(tmp.resolve("a-file"), "x");
    CliRunner.Result r = CliRunner.run("assess", "--quiet", "--out", file.resolve("sub").toString(),
        "fixtures/seed/monolithic.yaml");
    assertThat(r.code()).isEqualTo(2);
    assertThat(r.err().strip()).isEqualTo("kubelift: error: " + file.resolve("sub")
        + ": cannot create the output directory: not a directory");
    CliRunner.Result same = CliRunner.run("assess", "--quiet", "--out", file.toString(),
        "fixtures/seed/monolithic.yaml");
    assertThat(same.code()).isEqualTo(2);
    assertThat(same.err().strip().lines()).hasSize(1).allMatch(l -> l.startsWith("kubelift: error: " + file));
    assertThat(Files.readString(file)).isEqualTo("x");
  }

  @Test
  void the_import_time_follows_the_bandwidth() throws IOException {
    assertThat(CliRunner.run("assess", "--quiet", "--out", tmp.toString(), "--format", "md", "--bandwidth", "100",
        "fixtures/seed/three-tier.yaml").code()).isZero();
    // 250 GiB at 100 Mbit/s: 250 * 2^30 * 8 / 10^8 s = 357.9 min, rounded up
    assertThat(Files.readString(tmp.resolve("report.md"))).contains("250 GiB in 4 disks; about 5 h 58 min at 100 Mbit/s");
  }

  @Test
  void with_plan_the_html_report_links_each_application_to_its_runbook() throws IOException {
    CliRunner.Result r = CliRunner.run("assess", "--quiet", "--plan", "--out", tmp.toString(), "fixtures/seed");
    assertThat(r.code()).as(r.err()).isZero();
    String html = Files.readString(tmp.resolve("index.html"));
    for (String app : List.of("three-tier", "ha-shared-disk", "monolithic")) {
      assertThat(html).contains("\"plan/" + app + "/runbook.md\"");
      assertThat(tmp.resolve("plan/" + app + "/runbook.md")).isRegularFile();
    }
  }

  @Test
  void user_templates_override_the_built_in_ones_file_by_file() throws IOException {
    Path dir = Files.createDirectories(tmp.resolve("templates/md"));
    Files.writeString(dir.resolve("report.ftlmd"), "# Ours\n\n${summary.vms} VMs, first ${vms[0].name}\n");
    CliRunner.Result r = CliRunner.run("assess", "--quiet", "--out", tmp.resolve("out").toString(), "--format",
        "md,html", "--templates", tmp.resolve("templates").toString(), "fixtures/seed/three-tier.yaml");
    assertThat(r.code()).as(r.err()).isZero();
    assertThat(Files.readString(tmp.resolve("out/report.md"))).isEqualTo("# Ours\n\n3 VMs, first app01\n");
    assertThat(Files.readString(tmp.resolve("out/index.html"))).contains("KubeVirt migration readiness");
  }

  @Test
  void a_user_template_cannot_reach_java_classes() throws IOException {
    Path dir = Files.createDirectories(tmp.resolve("templates/md"));
    for (String body : List.of("<#assign x = \"freemarker.template.utility.Execute\"?new()>${x(\"id\")}",
        "${summary?api.getClass()}")) {
      Files.writeString(dir.resolve("report.ftlmd"), body);
      CliRunner.Result r = CliRunner.run("assess", "--quiet", "--out", tmp.resolve("out").toString(), "--format",
          "md", "--templates", tmp.resolve("templates").toString(), "fixtures/seed/monolithic.yaml");
      assertThat(r.code()).as(body).isEqualTo(2);
      assertThat(r.err().strip().lines()).as(body).hasSize(1)
          .allMatch(l -> l.startsWith("kubelift: error: md/report.ftlmd:1: "));
    }
  }
}
