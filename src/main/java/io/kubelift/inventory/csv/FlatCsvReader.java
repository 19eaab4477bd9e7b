package io.kubelift.inventory.csv;

import io.kubelift.inventory.InventoryReader;
import io.kubelift.inventory.ReadResult;
import io.kubelift.inventory.common.SameNames;
import io.kubelift.inventory.text.BadValue;
import io.kubelift.inventory.text.CsvInput;
import io.kubelift.inventory.text.Header;
import io.kubelift.model.Provenance;
import io.kubelift.model.Rejected;
import io.kubelift.model.SourceRef;
import io.kubelift.model.Vm;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The flat CSV template: one row per VM, for the spreadsheets teams keep (docs/flat-csv.md). Only {@code name} is
 * required; a blank cell is an unknown fact; columns it does not know are kept as attributes for the report. A
 * row with a value that cannot mean what its column says is rejected with its line; the rest is read.
 */
public final class FlatCsvReader implements InventoryReader {

  @Override
  public String id() {
    return "csv";
  }

  @Override
  public String description() {
    return "flat CSV, one row per VM (name, os, cpus, memory_mib, disks, nics, …)";
  }

  @Override
  public boolean canRead(Path path, byte[] head) {
    String name = path.getFileName() == null ? "" : path.getFileName().toString().toLowerCase(Locale.ROOT);
    if (!name.endsWith(".csv")) {
      return false;
    }
    Header h = new Header(CsvInput.headerOf(head));
    return h.has("name") && FlatColumns.KNOWN.stream().filter(h::has).count() >= 2;
  }

  @Override
  public ReadResult read(Path path, String shownAs) {
    List<Vm> vms = new ArrayList<>();
    List<Rejected> rejected = new ArrayList<>();
    int records = 0;
    try (CsvInput in = CsvInput.open(path, shownAs)) {
      String[] names = in.next();
      Header header = new Header(names == null ? List.of() : Arrays.asList(names));
      if (!header.has("name")) {
        throw new io.kubelift.source.InputException(shownAs, 1, "a flat CSV needs a 'name' column (found "
            + header.describe() + ")");
      }
      FlatColumns columns = new FlatColumns(header, in.decimalComma());
      for (String[] row = in.next(); row != null; row = in.next()) {
        if (Arrays.stream(row).allMatch(String::isBlank)) {
          continue;
        }
        records++;
        SourceRef at = SourceRef.of(shownAs, in.line());
        columns.row(row);
        try {
          if (columns.text("name") == null) {
            throw new BadValue("no VM name in column 'name'");
          }
          vms.add(FlatRow.vm(columns, at));
        } catch (BadValue e) {
          rejected.add(new Rejected(at.toString(), e.getMessage()));
        }
      }
    }
    return new ReadResult(flagDuplicates(vms), List.of(), records, rejected);
  }

  /** Two rows of the same name are two VMs: both are kept, and each names the other. */
  static List<Vm> flagDuplicates(List<Vm> vms) {
    Map<String, List<Vm>> byName = new HashMap<>();
    vms.forEach(v -> byName.computeIfAbsent(v.name(), k -> new ArrayList<>()).add(v));
    List<Vm> out = new ArrayList<>(vms.size());
    for (Vm v : vms) {
      List<String> others = new ArrayList<>();
      byName.get(v.name()).stream().filter(o -> o != v).forEach(o -> others.add(String.valueOf(o.source())));
      out.add(others.isEmpty() ? v : SameNames.withNote(v, SameNames.sameInput(others)));
    }
    return out;
  }
}
