package io.kubelift.hostile;

import static org.assertj.core.api.Assertions.assertThat;

import io.kubelift.cli.CliRunner;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Reports are rendered into a staging directory and moved into {@code --out} only when every renderer succeeded:
 * a renderer failing part-way (here a broken user template for the last format) leaves the previous reports and
 * {@code --plan} plans byte for byte, and no staging directory behind.
 */
class StagedReportsTest {
  private static final String FIRST = HostileInputTest.DIR + "encodings/flat-crlf.csv";
  private static final String SECOND = HostileInputTest.DIR + "encodings/flat-utf8-bom.csv";
  /** Other sizes, so its plans would differ from FIRST's had they been written. */
  private static final String OTHER = HostileInputTest.DIR + "encodings/flat-semicolon-decimal-comma.csv";
  @TempDir Path tmp;

  private static Map<String, byte[]> contents(Path dir) throws IOException {
    Map<String, byte[]> out = new HashMap<>();
    try (Stream<Path> s = Files.walk(dir)) {
      for (Path p : s.filter(Files::isRegularFile).toList()) {
        out.put(dir.relativize(p).toString(), Files.readAllBytes(p));
      }
    }
    return out;
  }

  @Test
  void a_renderer_failing_part_way_leaves_the_previous_reports_and_plans_intact() throws IOException {
    Path out = tmp.resolve("report");
    assertThat(CliRunner.run("assess", "--quiet", "--plan", "--format", "json,html,md", "--out", out.toString(),
        FIRST).code()).isZero();
    Map<String, byte[]> before = contents(out);
    assertThat(before).containsOnlyKeys("assessment.json", "index.html", "report.md",
        "plan/_standalone/m-ller-db/20-datavolumes.yaml", "plan/_standalone/m-ller-db/30-01-m-ller-db.yaml",
        "plan/_standalone/m-ller-db/runbook.md", "plan/_standalone/web01/20-datavolumes.yaml",
        "plan/_standalone/web01/30-01-web01.yaml", "plan/_standalone/web01/runbook.md");
    Path templates = Files.createDirectories(tmp.resolve("templates/md"));
    Files.writeString(templates.resolve("report.ftlmd"), "fine so far\n${nothing.here}\n");

    CliRunner.Result r = CliRunner.run("assess", "--quiet", "--plan", "--format", "json,html,md", "--templates",
        tmp.resolve("templates").toString(), "--out", out.toString(), OTHER);

    assertThat(r.code()).isEqualTo(2);
    assertThat(r.err().strip()).isEqualTo("kubelift: error: md/report.ftlmd:2: The following has evaluated to "
        + "null or missing: nothing; no report was written (those already in " + out + " are as they were)");
    Map<String, byte[]> after = contents(out);
    assertThat(after).containsOnlyKeys(before.keySet().toArray(new String[0]));
    before.forEach((name, bytes) -> assertThat(after.get(name)).as(name).isEqualTo(bytes));
  }

  @Test
  void a_successful_run_replaces_every_report_and_leaves_no_staging_directory() throws IOException {
    Path out = tmp.resolve("report");
    assertThat(CliRunner.run("assess", "--quiet", "--out", out.toString(), FIRST).code()).isZero();
    byte[] first = Files.readAllBytes(out.resolve("assessment.json"));
    assertThat(CliRunner.run("assess", "--quiet", "--out", out.toString(), SECOND).code()).isZero();
    assertThat(contents(out)).containsOnlyKeys("assessment.json", "index.html");
    assertThat(Files.readString(out.resolve("assessment.json"))).isNotEqualTo(new String(first,
        java.nio.charset.StandardCharsets.UTF_8)).contains("flat-utf8-bom.csv:2");
  }
}
