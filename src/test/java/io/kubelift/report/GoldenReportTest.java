package io.kubelift.report;

import static org.assertj.core.api.Assertions.assertThat;

import io.kubelift.cli.CliRunner;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * {@code report.md} and {@code vms.csv} of {@code fixtures/seed/}, and {@code report.md} of the seed against
 * {@code fixtures/clusters/kubevirt-full.yaml} ({@code report-kubevirt-full.md}), byte for byte, against golden files
 * checked by hand under {@code src/test/resources/golden/report/}. Regenerate after a deliberate change with
 * {@code mvn test -Dtest=GoldenReportTest -Dkubelift.updateGolden=true}, then review the diff before committing.
 */
class GoldenReportTest {
  private static final Path GOLDEN = Path.of("src/test/resources/golden/report");
  private static final boolean UPDATE = Boolean.getBoolean("kubelift.updateGolden");
  @TempDir static Path out;

  @BeforeAll
  static void write() {
    assess("seed", "md,csv", "fixtures/seed");
    assess("kubevirt-full", "md", "--cluster-facts", ClusterSectionTest.FULL_CLUSTER, "fixtures/seed");
  }

  private static void assess(String dir, String formats, String... args) {
    List<String> all = new ArrayList<>(List.of("assess", "--quiet", "--out", out.resolve(dir).toString(),
        "--format", formats));
    all.addAll(List.of(args));
    CliRunner.Result r = CliRunner.run(all.toArray(String[]::new));
    assertThat(r.code()).as(r.err()).isZero();
  }

  @ParameterizedTest(name = "{1}")
  @CsvSource({"seed/report.md, report.md", "seed/vms.csv, vms.csv",
    "kubevirt-full/report.md, report-kubevirt-full.md"})
  void the_report_matches_its_golden_file(String written, String golden) throws IOException {
    if (UPDATE) {
      Files.createDirectories(GOLDEN);
      Files.copy(out.resolve(written), GOLDEN.resolve(golden), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
    }
    assertThat(Files.readString(out.resolve(written))).isEqualTo(Files.readString(GOLDEN.resolve(golden)));
  }
}
