package io.kubelift.inventory.rvtools;

import io.kubelift.inventory.text.Header;
import io.kubelift.inventory.text.Values;
import io.kubelift.model.SourceRef;

/** One row of a tab, read by column meaning rather than position. */
final class Row {
  private final SourceRef at;
  private final String[] cells;
  private final Layout layout;

  Row(SourceRef at, String[] cells, Layout layout) {
    this.at = at;
    this.cells = cells;
    this.layout = layout;
  }

  SourceRef at() {
    return at;
  }

  /** The trimmed cell of that column, {@code null} when blank or when the tab has no such column. */
  String get(Col c) {
    int i = layout.index[c.ordinal()];
    return i < 0 || i >= cells.length ? null : Values.text(cells[i]);
  }

  boolean has(Col c) {
    return layout.index[c.ordinal()] >= 0;
  }

  io.kubelift.inventory.text.Header layoutHeader() {
    return layout.header;
  }

  /** The networks vInfo names for the VM's first eight NICs. */
  java.util.List<String> networks() {
    java.util.List<String> out = new java.util.ArrayList<>(2);
    for (int at : layout.networks) {
      if (at >= 0 && cell(at) != null) {
        out.add(cell(at));
      }
    }
    return out;
  }

  Boolean bool(Col c) {
    return Values.bool(c.label(), get(c));
  }

  Double number(Col c) {
    return Values.number(c.label(), get(c), layout.decimalComma);
  }

  Integer integer(Col c) {
    return Values.integer(c.label(), get(c), layout.decimalComma);
  }

  Long whole(Col c) {
    return Values.whole(c.label(), get(c), layout.decimalComma);
  }

  /** The cell at a raw position, for columns KubeLift has no name for (custom attributes). */
  String cell(int i) {
    return i < cells.length ? Values.text(cells[i]) : null;
  }

  /** Where each known column of one tab is, worked out once from its header. */
  static final class Layout {
    final Header header;
    final int[] index = new int[Col.values().length];
    final boolean decimalComma;
    /** vInfo's "Network #1" … "Network #8" columns, present or -1. */
    final int[] networks = new int[8];

    Layout(Header header, boolean decimalComma) {
      this.header = header;
      this.decimalComma = decimalComma;
      for (Col c : Col.values()) {
        index[c.ordinal()] = header.find(c.aliases());
      }
      for (int i = 0; i < networks.length; i++) {
        networks[i] = header.find("Network #" + (i + 1));
      }
    }

    boolean has(Col c) {
      return index[c.ordinal()] >= 0;
    }
  }
}
