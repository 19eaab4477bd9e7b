package io.kubelift.report;

import static org.assertj.core.api.Assertions.assertThat;

import io.kubelift.cli.CliRunner;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * {@code report.md} and {@code vms.csv} of {@code fixtures/seed/}, byte for byte, against golden files checked by hand
 * under {@code src/test/resources/golden/report/}. Regenerate after a deliberate change with
 * {@code mvn test -Dtest=GoldenReportTest -Dkubelift.updateGolden=true}, then review the diff before committing.
 */
class GoldenReportTest {
  private static final Path GOLDEN = Path.of("src/test/resources/golden/report");
  private static final boolean UPDATE = Boolean.getBoolean("kubelift.updateGolden");
  @TempDir static Path out;

  @BeforeAll
  static void write() {
    CliRunner.Result r = CliRunner.run("assess", "--quiet", "--out", out.toString(), "--format", "md,csv",
        "fixtures/seed");
    assertThat(r.code()).as(r.err()).isZero();
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {MarkdownReportRenderer.FILE, CsvReportRenderer.VMS})
  void seed_report_matches_its_golden_file(String file) throws IOException {
    if (UPDATE) {
      Files.createDirectories(GOLDEN);
      Files.copy(out.resolve(file), GOLDEN.resolve(file), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
    }
    assertThat(Files.readString(out.resolve(file))).isEqualTo(Files.readString(GOLDEN.resolve(file)));
  }
}
