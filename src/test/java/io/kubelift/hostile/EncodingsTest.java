package io.kubelift.hostile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import io.kubelift.cli.CliRunner;
import io.kubelift.inventory.InventoryLoader;
import io.kubelift.inventory.InventoryReaders;
import io.kubelift.model.Disk;
import io.kubelift.model.Inventory;
import io.kubelift.model.Provenance;
import io.kubelift.model.Rejected;
import io.kubelift.model.Vm;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Encodings and dialects spreadsheets write, one file per case under {@code hostile/encodings/}: each is read with
 * the exact VMs, names and values it holds. Detection (docs/inputs.md): a BOM decides UTF-8 or UTF-16; UTF-16
 * without BOM shows by its NULs; otherwise UTF-8 when the whole file decodes as UTF-8, else Windows-1252. The
 * delimiter (comma, semicolon or tab) is guessed from the header line, and a semicolon-delimited file reads a lone
 * comma in a number as the decimal mark.
 */
class EncodingsTest {
  private static final String DIR = HostileInputTest.DIR + "encodings/";
  @TempDir Path out;

  private static Inventory load(String file) {
    return new InventoryLoader(InventoryReaders.standard(), null).load(List.of(Path.of(DIR + file)));
  }

  private static Inventory load(String file, String apps) {
    return new InventoryLoader(InventoryReaders.standard(), null)
        .load(List.of(Path.of(DIR + file)), Path.of(DIR + apps));
  }

  /** Müller-DB with 2 CPUs and 8 GiB, web01 with 1 CPU and 4 GiB: what every flat sample but one holds. */
  private static void assertTwoVms(Inventory inv) {
    assertThat(inv.vms()).extracting(Vm::name, Vm::cpus, Vm::memoryMiB)
        .containsExactly(tuple("Müller-DB", 2, 8192L), tuple("web01", 1, 4096L));
    assertThat(inv.inputs()).allSatisfy(f -> assertThat(f.rejected()).isEmpty());
  }

  @Test
  void utf8_with_a_bom_keeps_the_first_column_name_clean() {
    Inventory inv = load("flat-utf8-bom.csv");
    assertTwoVms(inv);
    assertThat(inv.vms().get(0).disks()).extracting(Disk::capacityGiB).containsExactly(40.0);
  }

  @Test
  void utf16le_tab_delimited_unicode_text_from_excel_is_read() {
    Inventory inv = load("flat-utf16le-tab.csv");
    assertTwoVms(inv);
    assertThat(inv.inputs().get(0).format()).isEqualTo("csv");
  }

  @Test
  void windows_1252_is_read_when_the_file_is_not_valid_utf8() {
    Inventory inv = load("flat-windows-1252.csv");
    assertTwoVms(inv);
    assertThat(inv.vms()).extracting(v -> v.attributes().get("owner")).containsExactly("Café €uro", "Zoë");
  }

  @Test
  void crlf_line_ends_leave_no_carriage_return_in_values() {
    Inventory inv = load("flat-crlf.csv");
    assertTwoVms(inv);
    assertThat(inv.vms().get(1).disks()).extracting(Disk::capacityGiB, Disk::format, Disk::purpose)
        .containsExactly(tuple(20.0, "vmdk", "os"));
  }

  @Test
  void semicolon_delimited_flat_csv_reads_decimal_commas() {
    Inventory inv = load("flat-semicolon-decimal-comma.csv");
    assertThat(inv.vms()).extracting(Vm::name, Vm::memoryMiB)
        .containsExactly(tuple("Müller-DB", 12800L), tuple("web01", 512L));
    assertThat(inv.vms().get(0).disks()).extracting(Disk::capacityGiB).containsExactly(12.5, 1536.0);
    assertThat(inv.inputs().get(0).rejected()).isEmpty();
  }

  @Test
  void semicolon_delimited_windows_1252_rvtools_export_reads_names_and_decimal_commas() {
    Inventory inv = load("rvtools-semicolon");
    assertThat(inv.vms()).extracting(Vm::name, Vm::cpus, Vm::memoryMiB)
        .containsExactly(tuple("Müller-DB", 2, 8192L), tuple("web01", 1, 4096L));
    assertThat(inv.vms().get(0).disks()).extracting(Disk::capacityGiB).containsExactly(12800.5 / 1024);
    assertThat(inv.vms().get(1).disks()).extracting(Disk::capacityGiB).containsExactly(20.0);
    assertThat(inv.inputs()).allSatisfy(f -> assertThat(f.rejected()).isEmpty());
  }

  @Test
  void quoted_newlines_stay_in_their_cell_and_later_lines_keep_their_numbers() {
    Inventory inv = load("flat-quoted-newline.csv");
    assertThat(inv.vms()).extracting(Vm::name, v -> v.source().line()).containsExactly(tuple("db01", 2),
        tuple("web01", 5));
    assertThat(inv.vms().get(0).attributes().get("notes"))
        .isEqualTo("first line\nsecond line, with a comma\nthird");
    assertThat(inv.inputs().get(0).rejected()).containsExactly(new Rejected(DIR + "flat-quoted-newline.csv:6",
        "column 'cpus': 'four' is not a number"));
    assertThat(inv.inputs().get(0).records()).isEqualTo(3);
  }

  @Test
  void a_header_only_flat_csv_holds_no_vms_and_is_not_an_error() {
    CliRunner.Result r = CliRunner.run("assess", "--out", out.toString(), DIR + "flat-header-only.csv");
    assertThat(r.code()).as(r.err()).isZero();
    assertThat(r.err()).isEmpty();
    assertThat(r.out()).contains("0 VMs, 0 blocked; 0 applications, 0 blocked; 0 input records rejected");
    assertThat(load("flat-header-only.csv").inputs()).singleElement()
        .satisfies(f -> assertThat(f.records()).isZero());
  }

  @Test
  void a_header_only_rvtools_tab_holds_no_vms() {
    Inventory inv = load("rvtools-header-only");
    assertThat(inv.vms()).isEmpty();
    assertThat(inv.inputs()).extracting(f -> f.records()).containsExactly(0);
  }

  /** An empty CSV, and Excel's "Unicode text" saved as .txt (not taken for a CSV: rename it), are refused. */
  @ParameterizedTest
  @ValueSource(strings = {"flat-empty.csv", "excel-unicode-text.txt"})
  void a_file_that_is_no_inventory_is_refused_naming_it(String file) {
    CliRunner.Result r = CliRunner.run("assess", "--out", out.toString(), DIR + file);
    assertThat(r.code()).isEqualTo(2);
    assertThat(r.err().strip()).isEqualTo("kubelift: error: " + DIR + file + ": not an inventory this version "
        + "reads; formats: " + InventoryReaders.standard().ids());
  }

  @Test
  void a_semicolon_delimited_windows_1252_application_map_places_the_vms() {
    Inventory inv = load("rvtools-semicolon", "apps-semicolon.csv");
    assertThat(inv.vms()).extracting(Vm::name, Vm::application, Vm::role)
        .containsExactly(tuple("Müller-DB", "Buchhaltung", "backend"), tuple("web01", "Buchhaltung", "frontend"));
    assertThat(inv.applications()).extracting(a -> a.name()).containsExactly("Buchhaltung");
  }

  @Test
  void a_header_only_application_map_places_nothing() {
    Inventory inv = load("rvtools-semicolon", "apps-header-only.csv");
    assertThat(inv.vms()).extracting(Vm::application).containsOnlyNulls();
    assertThat(inv.applications()).isEmpty();
  }

  @Test
  void two_rows_of_one_name_are_two_vms_each_naming_the_other() {
    Inventory inv = load("flat-duplicate-names.csv");
    String f = DIR + "flat-duplicate-names.csv";
    assertThat(inv.vms()).extracting(Vm::name, v -> v.source().line(), Vm::cpus)
        .containsExactlyInAnyOrder(tuple("db01", 2, 2), tuple("db01", 3, 4), tuple("DB01", 4, 1));
    assertThat(inv.vms()).filteredOn(v -> v.name().equals("db01")).extracting(Provenance::notes)
        .containsExactlyInAnyOrder(
            List.of("another VM of this input has the same name (" + f + ":3): kept apart, check which is which"),
            List.of("another VM of this input has the same name (" + f + ":2): kept apart, check which is which"));
  }
}
