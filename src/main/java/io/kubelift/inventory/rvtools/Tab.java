package io.kubelift.inventory.rvtools;

import java.util.Locale;

/** The RVTools tabs KubeLift reads, in the order they are joined: vInfo first, since every other tab refers to it. */
enum Tab {
  VINFO("vInfo"),
  VDISK("vDisk"),
  VNETWORK("vNetwork"),
  VSNAPSHOT("vSnapshot"),
  VTOOLS("vTools"),
  VCD("vCD"),
  VUSB("vUSB"),
  VPARTITION("vPartition");

  private final String sheet;

  Tab(String sheet) {
    this.sheet = sheet;
  }

  /** The sheet name, also the suffix of the CSV export's file name ({@code RVTools_tabvInfo.csv}). */
  String sheet() {
    return sheet;
  }

  /** The tab of that sheet name, any case; {@code null} for tabs not read. */
  static Tab of(String sheetName) {
    String s = sheetName.strip().toLowerCase(Locale.ROOT);
    for (Tab t : values()) {
      if (t.sheet.toLowerCase(Locale.ROOT).equals(s)) {
        return t;
      }
    }
    return null;
  }
}
