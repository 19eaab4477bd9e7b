package io.kubelift.synthetic;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

/**
 * The estate as one RVTools workbook, written by POI's streaming writer (a window of rows in memory, the rest in
 * temporary files), so a 100,000-VM workbook is written in bounded memory. Strings are written inline, as the
 * streaming writer does; the reader resolves both inline and shared strings.
 */
final class XlsxTabs implements SyntheticEstate.Tabs, AutoCloseable {
  private final Path file;
  private final SXSSFWorkbook book = new SXSSFWorkbook(200);
  private final Sheet info;
  private final Sheet disk;
  private final Sheet network;

  XlsxTabs(Path file) {
    this.file = file;
    info = sheet("vInfo", SyntheticEstate.INFO_COLUMNS);
    disk = sheet("vDisk", SyntheticEstate.DISK_COLUMNS);
    network = sheet("vNetwork", SyntheticEstate.NETWORK_COLUMNS);
  }

  private Sheet sheet(String name, List<String> header) {
    Sheet s = book.createSheet(name);
    add(s, header);
    return s;
  }

  private final java.util.Map<Sheet, Integer> next = new java.util.IdentityHashMap<>();

  private void add(Sheet s, List<String> cells) {
    int row = next.merge(s, 1, Integer::sum) - 1;
    Row r = s.createRow(row);
    for (int i = 0; i < cells.size(); i++) {
      if (!cells.get(i).isEmpty()) {
        r.createCell(i).setCellValue(cells.get(i));
      }
    }
  }

  @Override
  public void info(List<String> row) {
    add(info, row);
  }

  @Override
  public void disk(List<String> row) {
    add(disk, row);
  }

  @Override
  public void network(List<String> row) {
    add(network, row);
  }

  @Override
  public void member(String application, String vm, String role, String pattern) {
    // the workbook is an RVTools export, which knows no applications: the CSV map goes with it
  }

  @Override
  public void close() throws IOException {
    try (OutputStream out = Files.newOutputStream(file)) {
      book.write(out);
    } finally {
      book.close();
    }
  }
}
