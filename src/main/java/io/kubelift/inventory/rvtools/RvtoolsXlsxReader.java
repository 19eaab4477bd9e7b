package io.kubelift.inventory.rvtools;

import io.kubelift.inventory.InventoryReader;
import io.kubelift.inventory.ReadResult;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

/** An RVTools export as an Excel workbook ({@code .xlsx}), read with a streaming parser. */
public final class RvtoolsXlsxReader implements InventoryReader {
  private static final Pattern SHEET = Pattern.compile("<(?:\\w+:)?sheet\\b[^>]*\\bname=\"([^\"]*)\"");

  @Override
  public String id() {
    return "rvtools-xlsx";
  }

  @Override
  public String description() {
    return "RVTools export workbook (.xlsx with a vInfo sheet)";
  }

  @Override
  public boolean canRead(Path path, byte[] head) {
    String name = path.getFileName() == null ? "" : path.getFileName().toString().toLowerCase(Locale.ROOT);
    boolean zip = head.length >= 4 && head[0] == 'P' && head[1] == 'K' && head[2] == 3 && head[3] == 4;
    return zip && (name.endsWith(".xlsx") || name.endsWith(".xlsm")) && hasInfoSheet(path);
  }

  @Override
  public ReadResult read(Path path, String shownAs) {
    try (XlsxTabs tabs = new XlsxTabs(path, shownAs)) {
      return RvtoolsAssembler.assemble(tabs, shownAs);
    }
  }

  /** Whether the workbook's sheet list names a vInfo sheet; read from {@code xl/workbook.xml} alone. */
  private static boolean hasInfoSheet(Path path) {
    try (ZipFile zip = new ZipFile(path.toFile())) {
      ZipEntry e = zip.getEntry("xl/workbook.xml");
      if (e == null) {
        return false;
      }
      try (InputStream in = zip.getInputStream(e)) {
        Matcher m = SHEET.matcher(new String(in.readNBytes(1 << 20), StandardCharsets.UTF_8));
        while (m.find()) {
          if (Tab.of(m.group(1)) == Tab.VINFO) {
            return true;
          }
        }
      }
      return false;
    } catch (IOException | RuntimeException e) {
      return false;
    }
  }
}
