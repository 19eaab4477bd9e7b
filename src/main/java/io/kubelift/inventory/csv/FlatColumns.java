package io.kubelift.inventory.csv;

import io.kubelift.inventory.text.Header;
import io.kubelift.inventory.text.Values;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** The flat CSV's columns, matched tolerantly ({@code memory_mib}, {@code Memory MiB}); others become attributes. */
final class FlatColumns {
  static final List<String> KNOWN = List.of("name", "application", "role", "power_state", "os", "os_family",
      "os_distribution", "os_version", "arch", "firmware", "secure_boot", "tpm", "cpus", "memory_mib", "memory_gib",
      "disks", "nics", "devices", "guest_agent", "virtio_drivers", "snapshots", "kernel_custom", "kernel_version",
      "kernel_cmdline", "direct_boot", "hugepages", "dedicated_cpus", "numa_pinning", "realtime", "ha",
      "fault_tolerance", "stateful", "data_location", "backup", "auto_recreate", "replicas", "health_check", "hardcoded_hostnames",
      "hardcoded_ips");

  private final Header header;
  private final Set<String> known = new HashSet<>();
  private final boolean decimalComma;
  private String[] row;

  FlatColumns(Header header, boolean decimalComma) {
    this.header = header;
    this.decimalComma = decimalComma;
    KNOWN.forEach(k -> known.add(Header.key(k)));
  }

  void row(String[] cells) {
    this.row = cells;
  }

  String text(String column) {
    int i = header.find(column);
    return i < 0 || i >= row.length ? null : Values.text(row[i]);
  }

  Boolean bool(String column) {
    return Values.bool(column, text(column));
  }

  Integer integer(String column) {
    return Values.integer(column, text(column), decimalComma);
  }

  Double number(String column) {
    return Values.number(column, text(column), decimalComma);
  }

  /** Items of a list cell; {@code none} is an empty list. */
  List<String> list(String column) {
    String t = text(column);
    return t != null && t.equalsIgnoreCase("none") ? List.of() : Values.list(t);
  }

  /** The columns KubeLift has no meaning for, by their header name: kept as attributes for the report. */
  java.util.Map<String, String> others() {
    java.util.Map<String, String> out = new java.util.TreeMap<>();
    List<String> names = header.names();
    for (int i = 0; i < names.size() && i < row.length; i++) {
      String n = names.get(i) == null ? "" : names.get(i).strip();
      if (!n.isEmpty() && !known.contains(Header.key(n)) && Values.text(row[i]) != null) {
        out.put(n, Values.text(row[i]));
      }
    }
    return out;
  }
}
