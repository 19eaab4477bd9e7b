package io.kubelift.inventory.rvtools;

import io.kubelift.inventory.text.CsvInput;
import io.kubelift.inventory.text.Header;
import io.kubelift.model.SourceRef;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.Locale;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The CSV export of RVTools: one file per tab, {@code RVTools_tabvInfo.csv}, {@code RVTools_tabvDisk.csv}, …, side
 * by side in one directory. Files belong together when they share the part of the name before the tab.
 */
final class CsvTabs implements TabSource {
  /** Every tab RVTools writes, lower case; tabs KubeLift does not read are recognised and left alone. */
  static final List<String> ALL_TABS = List.of("vinfo", "vcpu", "vmemory", "vdisk", "vpartition", "vnetwork", "vcd",
      "vusb", "vsnapshot", "vtools", "vsource", "vrp", "vcluster", "vhost", "vhba", "vnic", "vswitch", "vport",
      "dvswitch", "dvport", "vsc_vmk", "vdatastore", "vmultipath", "vlicense", "vfileinfo", "vhealth", "vmetadata",
      "vfloppy");
  private static final Pattern NAME = Pattern.compile("(?i)^(.*?)(" + String.join("|", ALL_TABS) + ")\\.csv$");

  private final Map<Tab, Path> files = new EnumMap<>(Tab.class);
  private final Map<Tab, String> shown = new EnumMap<>(Tab.class);

  /** The tabs beside {@code vInfo}, which is the file given. */
  CsvTabs(Path info, String shownAs) throws IOException {
    String prefix = prefix(info.getFileName().toString());
    Path dir = info.toAbsolutePath().getParent();
    try (Stream<Path> s = Files.list(dir)) {
      for (Path p : (Iterable<Path>) s.sorted()::iterator) {
        Matcher m = NAME.matcher(p.getFileName().toString());
        Tab t = m.matches() && m.group(1).equalsIgnoreCase(prefix) ? Tab.of(m.group(2)) : null;
        if (t != null && !files.containsKey(t) && Files.isRegularFile(p)) {
          files.put(t, p);
          shown.put(t, Path.of(shownAs).resolveSibling(p.getFileName().toString()).toString());
        }
      }
    }
    files.put(Tab.VINFO, info);
    shown.put(Tab.VINFO, shownAs);
  }

  /** The tab a file name names, lower case, or {@code null}. */
  static String tabOf(String fileName) {
    Matcher m = NAME.matcher(fileName);
    if (!m.matches()) {
      return null;
    }
    String tab = m.group(2).toLowerCase(Locale.ROOT);
    return ALL_TABS.contains(tab) ? tab : null;
  }

  /** The part of the file name before the tab ({@code RVTools_tab}). */
  static String prefix(String fileName) {
    Matcher m = NAME.matcher(fileName);
    return m.matches() ? m.group(1) : "";
  }

  @Override
  public Set<Tab> tabs() {
    return files.keySet();
  }

  @Override
  public void read(Tab tab, Visitor visitor) {
    String name = shown.get(tab);
    try (CsvInput in = CsvInput.open(files.get(tab), name)) {
      String[] header = in.next();
      if (header == null) {
        visitor.header(new Header(List.of()), SourceRef.of(name, 1), in.decimalComma());
        return;
      }
      visitor.header(new Header(Arrays.asList(header)), SourceRef.of(name, in.line()), in.decimalComma());
      for (String[] row = in.next(); row != null; row = in.next()) {
        if (Arrays.stream(row).anyMatch(c -> !c.isBlank())) {
          visitor.row(SourceRef.of(name, in.line()), row);
        }
      }
    }
  }
}
