package io.kubelift.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The readers through the command line: --apps on every assessing command, and what bad exports get. */
class ReadersCliTest {
  static final String EXPORT = "fixtures/rvtools/export";
  static final String APPS = "fixtures/apps/datacenter1.yaml";
  @TempDir Path out;

  @Test
  void assess_takes_the_application_map_and_fails_on_the_blocked_application() throws IOException {
    CliRunner.Result r = CliRunner.run("assess", "--quiet", "--out", out.toString(), "--apps", APPS,
        "--fail-on", "blocked", EXPORT, "fixtures/ansible");
    assertThat(r.code()).as(r.err()).isEqualTo(Main.EXIT_FAIL_ON);
    JsonNode doc = new ObjectMapper().readTree(out.resolve("assessment.json").toFile());
    assertThat(doc.path("summary").path("applicationsBlocked").asInt()).isEqualTo(2);
    assertThat(doc.path("inputs").toString()).contains("\"format\":\"apps\"", "\"format\":\"rvtools-csv\"",
        "\"format\":\"ansible\"");
  }

  @Test
  void explain_shows_sources_notes_and_the_application_from_the_map() {
    CliRunner.Result vm = CliRunner.run("explain", "--vm", "shop-app01", "--apps", APPS, EXPORT,
        "fixtures/ansible/setup-output.txt");
    assertThat(vm.code()).as(vm.err()).isZero();
    assertThat(vm.out()).contains("VM shop-app01 (shop / app) from " + EXPORT + "/RVTools_tabvInfo.csv:4",
        "also read from fixtures/ansible/setup-output.txt:3",
        "note: os.version: 9.2 from fixtures/ansible/setup-output.txt:3 replaces 8 from " + EXPORT
            + "/RVTools_tabvInfo.csv:4");
    CliRunner.Result app = CliRunner.run("explain", "--app", "erp-db", "--apps", APPS, EXPORT);
    assertThat(app.out()).contains("Application erp-db (pattern active-active", "BLOCKED");
  }

  @Test
  void plan_takes_the_application_map_too() {
    CliRunner.Result r = CliRunner.run("plan", "--out", out.toString(), "--apps", "fixtures/apps/datacenter1.csv",
        EXPORT);
    assertThat(r.code()).as(r.err()).isZero();
    assertThat(out.resolve("shop/runbook.md")).exists();
    assertThat(out.resolve("erp-db/runbook.md")).exists();
  }

  @Test
  void an_rvtools_tab_without_its_vinfo_is_refused() throws IOException {
    Path dir = Files.createDirectories(out.resolve("partial"));
    Files.copy(Path.of(EXPORT, "RVTools_tabvDisk.csv"), dir.resolve("RVTools_tabvDisk.csv"));
    BadInputTest.assertOneLineError(CliRunner.run("assess", "--out", out.toString(), dir.toString()),
        dir + "/RVTools_tabvDisk.csv: an RVTools tab without its vInfo tab: expected RVTools_tabvInfo.csv in the "
            + "same directory");
  }

  @Test
  void a_vinfo_tab_of_an_unknown_layout_is_refused_naming_its_columns() throws IOException {
    Path f = out.resolve("RVTools_tabvInfo.csv");
    Files.writeString(f, "Virtual machine,CPU count\nweb01,2\n");
    BadInputTest.assertOneLineError(CliRunner.run("assess", "--out", out.toString(), f.toString()),
        f + ":1: vInfo has no 'VM' column (found 'Virtual machine', 'CPU count'): not an RVTools layout this "
            + "version reads");
  }

  @Test
  void a_workbook_that_is_not_an_rvtools_export_is_refused() {
    String azure = System.getProperty("kubelift.shared", "../shared")
        + "/corpus/other/azure-migrate-export__AzureMigrate_Discovery_Report.xlsx";
    BadInputTest.assertOneLineError(CliRunner.run("assess", "--out", out.toString(), azure),
        azure + ": not an inventory this version reads");
  }

  @Test
  void an_application_map_that_is_not_one_is_refused() {
    BadInputTest.assertOneLineError(CliRunner.run("assess", "--out", out.toString(), "--apps",
        "fixtures/seed/monolithic.yaml", EXPORT),
        "fixtures/seed/monolithic.yaml:4: not an application map: expected 'kubelift: applications/v1' at the top");
  }
}
