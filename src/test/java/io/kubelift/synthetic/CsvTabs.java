package io.kubelift.synthetic;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** The estate as RVTools' CSV export: one file per tab, written as the rows come. */
final class CsvTabs implements SyntheticEstate.Tabs, AutoCloseable {
  private final Writer info;
  private final Writer disk;
  private final Writer network;
  private final Writer apps;

  CsvTabs(Path dir, Path appsFile) throws IOException {
    info = open(dir.resolve(SyntheticEstate.INFO), SyntheticEstate.INFO_COLUMNS);
    disk = open(dir.resolve(SyntheticEstate.DISK), SyntheticEstate.DISK_COLUMNS);
    network = open(dir.resolve(SyntheticEstate.NETWORK), SyntheticEstate.NETWORK_COLUMNS);
    apps = open(appsFile, List.of("application", "vm", "role", "pattern"));
  }

  private static Writer open(Path file, List<String> header) throws IOException {
    BufferedWriter w = Files.newBufferedWriter(file, StandardCharsets.UTF_8);
    line(w, header);
    return w;
  }

  private static void line(Writer w, List<String> cells) throws IOException {
    for (int i = 0; i < cells.size(); i++) {
      if (i > 0) {
        w.write(',');
      }
      String c = cells.get(i);
      boolean quote = c.indexOf(',') >= 0 || c.indexOf('"') >= 0;
      w.write(quote ? '"' + c.replace("\"", "\"\"") + '"' : c);
    }
    w.write("\r\n");
  }

  @Override
  public void info(List<String> row) throws IOException {
    line(info, row);
  }

  @Override
  public void disk(List<String> row) throws IOException {
    line(disk, row);
  }

  @Override
  public void network(List<String> row) throws IOException {
    line(network, row);
  }

  @Override
  public void member(String application, String vm, String role, String pattern) throws IOException {
    line(apps, List.of(application, vm, role, pattern == null ? "" : pattern));
  }

  @Override
  public void close() throws IOException {
    for (Writer w : List.of(info, disk, network, apps)) {
      w.close();
    }
  }
}
