package io.kubelift.inventory;

import static org.assertj.core.api.Assertions.assertThat;

import io.kubelift.model.Inventory;
import io.kubelift.model.Rejected;
import io.kubelift.model.Vm;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Seeded random RVTools CSV exports and flat CSVs, with broken cells, blank rows, duplicate names and orphan
 * rows: no exception escapes, and every VM row comes out exactly once, assessed or rejected with its line. More
 * cases: {@code -Dkubelift.fuzz.cases=N}.
 */
class TabularReadersPropertiesTest {
  private static final String[] CELLS = {"", "2", "4096", "x", "True", "False", "-1", "1.5", "poweredOn", " ",
    "\"quoted, comma\"", "1,024", "efi", "bios", "sharingMultiWriter", "independent_persistent"};
  @TempDir Path dir;

  static Stream<Long> seeds() {
    return IntStream.range(0, Integer.getInteger("kubelift.fuzz.cases", 40)).mapToObj(i -> 0xBEEFL + i * 104729L);
  }

  private static String cell(Random rnd) {
    return CELLS[rnd.nextInt(CELLS.length)];
  }

  /** Writes a vInfo and a vDisk tab; returns the vInfo lines that hold a VM name. */
  private List<Integer> export(Random rnd) throws IOException {
    StringBuilder info = new StringBuilder("VM,Powerstate,Template,CPUs,Memory,Disks,Firmware,VM ID\r\n");
    StringBuilder disk = new StringBuilder("VM,Disk,Capacity MiB,Raw,Sharing mode,Disk Mode,VM ID\r\n");
    List<Integer> named = new ArrayList<>();
    int n = rnd.nextInt(30);
    for (int i = 0; i < n; i++) {
      if (rnd.nextInt(10) == 0) {
        info.append(",,,,,,,\r\n");
        continue;
      }
      String name = "vm" + rnd.nextInt(n + 1);
      named.add(i + 2);
      info.append(String.join(",", name, cell(rnd), rnd.nextInt(8) == 0 ? "True" : "False", cell(rnd), cell(rnd),
          cell(rnd), cell(rnd), rnd.nextBoolean() ? "vm-" + i : "")).append("\r\n");
      for (int d = rnd.nextInt(3); d > 0; d--) {
        disk.append(String.join(",", rnd.nextInt(6) == 0 ? "ghost" : name, "Hard disk " + d, cell(rnd), cell(rnd),
            cell(rnd), cell(rnd), rnd.nextBoolean() ? "vm-" + i : "")).append("\r\n");
      }
    }
    Files.writeString(dir.resolve("RVTools_tabvInfo.csv"), info);
    Files.writeString(dir.resolve("RVTools_tabvDisk.csv"), disk);
    return named;
  }

  @ParameterizedTest
  @MethodSource("seeds")
  void every_vinfo_row_with_a_name_comes_out_once(long seed) throws IOException {
    List<Integer> named = export(new Random(seed));
    Inventory inv = new InventoryLoader(InventoryReaders.standard(), null).load(List.of(dir));
    List<Integer> seen = new ArrayList<>();
    String info = dir.resolve("RVTools_tabvInfo.csv") + ":";
    for (Vm v : inv.vms()) {
      seen.add(v.source().line());
    }
    for (var f : inv.inputs()) {
      for (Rejected r : f.rejected()) {
        if (r.location().startsWith(info)) {
          seen.add(Integer.parseInt(r.location().substring(info.length())));
        }
      }
    }
    assertThat(seen).as("seed %d", seed).doesNotHaveDuplicates().containsExactlyInAnyOrderElementsOf(named);
  }

  @ParameterizedTest
  @MethodSource("seeds")
  void every_flat_csv_row_comes_out_once(long seed) throws IOException {
    Random rnd = new Random(seed);
    StringBuilder csv = new StringBuilder("name,cpus,memory_mib,firmware,disks,nics,ha\n");
    int rows = rnd.nextInt(25);
    for (int i = 0; i < rows; i++) {
      csv.append(String.join(",", "vm" + rnd.nextInt(rows + 1), cell(rnd), cell(rnd), cell(rnd),
          rnd.nextBoolean() ? "40G vmdk; 2T shared" : cell(rnd), rnd.nextBoolean() ? "LAN virtio static" : cell(rnd),
          cell(rnd))).append('\n');
    }
    Path p = dir.resolve("vms.csv");
    Files.writeString(p, csv);
    Inventory inv = new InventoryLoader(InventoryReaders.standard(), null).load(List.of(p));
    int rejected = inv.inputs().get(0).rejected().size();
    assertThat(inv.vms().size() + rejected).as("seed %d", seed).isEqualTo(inv.inputs().get(0).records());
  }

  /**
   * The flat CSV in every dialect spreadsheets write — comma, semicolon or tab; UTF-8 with or without BOM, UTF-16LE
   * with BOM, Windows-1252; LF or CRLF — reads the same names, each row once.
   */
  @ParameterizedTest
  @MethodSource("seeds")
  void every_flat_csv_row_comes_out_once_in_any_dialect(long seed) throws IOException {
    Random rnd = new Random(seed);
    String delimiter = List.of(",", ";", "\t").get(rnd.nextInt(3));
    String eol = rnd.nextBoolean() ? "\r\n" : "\n";
    String[] names = {"vm", "Müller-DB", "Zoë €", "web\"01\"", "a b"};
    StringBuilder csv = new StringBuilder(String.join(delimiter, "name", "cpus", "memory_gib")).append(eol);
    List<String> written = new ArrayList<>();
    for (int i = rnd.nextInt(20); i > 0; i--) {
      String name = names[rnd.nextInt(names.length)] + i;
      written.add(name);
      csv.append(String.join(delimiter, "\"" + name.replace("\"", "\"\"") + "\"", String.valueOf(1 + rnd.nextInt(8)),
          rnd.nextBoolean() ? "4" : "")).append(eol);
    }
    Path p = dir.resolve("vms.csv");
    int encoding = rnd.nextInt(4);
    byte[] bom = encoding == 1 ? new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}
        : encoding == 2 ? new byte[] {(byte) 0xFF, (byte) 0xFE} : new byte[0];
    java.nio.charset.Charset cs = encoding == 2 ? java.nio.charset.StandardCharsets.UTF_16LE
        : encoding == 3 ? java.nio.charset.Charset.forName("windows-1252") : java.nio.charset.StandardCharsets.UTF_8;
    byte[] body = csv.toString().getBytes(cs);
    byte[] all = java.util.Arrays.copyOf(bom, bom.length + body.length);
    System.arraycopy(body, 0, all, bom.length, body.length);
    Files.write(p, all);
    Inventory inv = new InventoryLoader(InventoryReaders.standard(), null).load(List.of(p));
    assertThat(inv.inputs().get(0).rejected()).as("seed %d", seed).isEmpty();
    assertThat(inv.vms()).extracting(Vm::name).as("seed %d", seed).containsExactlyElementsOf(written);
  }
}
