package io.kubelift.inventory.rvtools;

import static org.assertj.core.api.Assertions.assertThat;

import io.kubelift.inventory.Damage;
import io.kubelift.inventory.ReadResult;
import io.kubelift.source.InputException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;
import java.util.stream.LongStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Seeded random damage (see {@link Damage}) to one tab of the RVTools fixture export, read as CSV tabs and, turned
 * into a workbook, as {@code .xlsx}: each read refuses the export with one line naming it, or accounts for every
 * vInfo row; and the workbook reads to the same VMs and rejections as the CSV tabs it was made from. Longer
 * campaigns: {@code -Dkubelift.fuzz.cases=N}.
 */
class RvtoolsDamageFuzzTest {
  private static final Path EXPORT = Path.of("fixtures/rvtools/export");
  private static final List<String> TABS = List.of("RVTools_tabvInfo.csv", "RVTools_tabvDisk.csv",
      "RVTools_tabvNetwork.csv");
  @TempDir Path tmp;

  static Stream<Long> seeds() {
    return LongStream.range(0, Damage.CASES * 2L).mapToObj(i -> 0x5EEDL * 31 + i);
  }

  @ParameterizedTest
  @MethodSource("seeds")
  void a_damaged_export_reads_alike_as_csv_and_xlsx_or_is_refused(long seed) throws IOException {
    Random rnd = new Random(seed);
    Path dir = Files.createDirectories(tmp.resolve("export"));
    try (Stream<Path> files = Files.list(EXPORT)) {
      for (Path f : files.toList()) {
        Files.copy(f, dir.resolve(f.getFileName()));
      }
    }
    Path tab = dir.resolve(TABS.get(rnd.nextInt(TABS.size())));
    Files.writeString(tab, Damage.of(Files.readString(tab), rnd), StandardCharsets.UTF_8);
    ReadResult csv;
    try {
      Path info = dir.resolve("RVTools_tabvInfo.csv");
      csv = new RvtoolsCsvReader().read(info, info.toString());
    } catch (InputException e) {
      assertThat(e.getMessage()).startsWith(dir.toString()).doesNotContain("\n");
      return;
    }
    assertThat(csv.vms().size() + csv.rejected().size()).isGreaterThanOrEqualTo(csv.records());
    Path xlsx = tmp.resolve("RVTools_export_all.xlsx");
    RvtoolsFixtureTest.toWorkbook(dir, xlsx);
    ReadResult book = new RvtoolsXlsxReader().read(xlsx, "book.xlsx");
    assertThat(RvtoolsFixtureTest.withoutSources(book.vms())).as("seed %d", seed)
        .isEqualTo(RvtoolsFixtureTest.withoutSources(csv.vms()));
    assertThat(book.records()).isEqualTo(csv.records());
    assertThat(book.rejected()).hasSameSizeAs(csv.rejected());
  }
}
