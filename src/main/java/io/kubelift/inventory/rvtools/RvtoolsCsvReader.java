package io.kubelift.inventory.rvtools;

import io.kubelift.inventory.InventoryReader;
import io.kubelift.inventory.ReadResult;
import io.kubelift.inventory.text.CsvInput;
import io.kubelift.inventory.text.Header;
import io.kubelift.source.InputException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * The CSV export of RVTools, one file per tab. The {@code vInfo} file is read together with the other tabs beside
 * it; given on its own (or met in a directory), another tab's file reads as empty, since its rows were taken with
 * its vInfo.
 */
public final class RvtoolsCsvReader implements InventoryReader {

  @Override
  public String id() {
    return "rvtools-csv";
  }

  @Override
  public String description() {
    return "RVTools CSV export (RVTools_tabvInfo.csv and the tabs beside it)";
  }

  @Override
  public boolean canRead(Path path, byte[] head) {
    if (path.getFileName() == null || Files.isDirectory(path)) {
      return false;
    }
    String file = path.getFileName().toString();
    String tab = CsvTabs.tabOf(file);
    if (tab == null) {
      return false;
    }
    List<String> header = CsvInput.headerOf(head);
    boolean vmTab = Tab.of(tab) != null;
    boolean named = CsvTabs.prefix(file).toLowerCase(java.util.Locale.ROOT).endsWith("tab");
    return named || vmTab && new Header(header).find(Col.VM.aliases()) >= 0;
  }

  @Override
  public ReadResult read(Path path, String shownAs) {
    String file = path.getFileName().toString();
    String tab = CsvTabs.tabOf(file);
    if (tab == null) {
      throw new InputException(shownAs, 0, "not an RVTools CSV tab: expected a name like RVTools_tabvInfo.csv");
    }
    if (Tab.of(tab) == Tab.VINFO) {
      try {
        return RvtoolsAssembler.assemble(new CsvTabs(path, shownAs), shownAs);
      } catch (IOException e) {
        throw new InputException(shownAs, 0, "cannot list the directory of the export: " + e.getMessage());
      }
    }
    String info = CsvTabs.prefix(file) + "vInfo.csv";
    try (var s = Files.list(path.toAbsolutePath().getParent())) {
      boolean beside = s.anyMatch(p -> p.getFileName().toString().equalsIgnoreCase(info));
      if (!beside) {
        throw new InputException(shownAs, 0, "an RVTools tab without its vInfo tab: expected " + info
            + " in the same directory");
      }
    } catch (IOException e) {
      throw new InputException(shownAs, 0, "cannot list its directory: " + e.getMessage());
    }
    return new ReadResult(List.of(), List.of(), 0, List.of());
  }
}
