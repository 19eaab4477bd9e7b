package io.kubelift.inventory.rvtools;

import io.kubelift.model.SourceRef;
import java.util.Set;

/** Where RVTools tabs come from: the sheets of a workbook or the files of a CSV export. */
interface TabSource {

  /** The tabs present. */
  Set<Tab> tabs();

  /** Streams one tab: its header row, then every row that is not blank, in order. */
  void read(Tab tab, Visitor visitor);

  /** Receives the rows of one tab. */
  interface Visitor {
    /** The header row, where it stands, and whether numbers use a decimal comma. */
    void header(io.kubelift.inventory.text.Header header, SourceRef at, boolean decimalComma);

    /** A data row; cells are positioned as in the header. */
    void row(SourceRef at, String[] cells);
  }
}
