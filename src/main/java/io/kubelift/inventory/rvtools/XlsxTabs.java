package io.kubelift.inventory.rvtools;

import io.kubelift.inventory.text.Header;
import io.kubelift.model.SourceRef;
import io.kubelift.source.InputException;
import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.xml.stream.XMLStreamException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.openxml4j.opc.PackagePart;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.apache.poi.xssf.usermodel.XSSFRelation;

/**
 * The sheets of an RVTools workbook, streamed row by row with StAX so that a workbook of 100,000 VMs is never held
 * whole: only the shared-string table (as plain strings) and one row at a time are in memory. Cells are read raw (numbers as stored,
 * not as formatted), and a sheet whose declared range runs to row 1,048,576 costs only the rows it really has.
 * POI's zip guards (inflate ratio, entry size) refuse zip bombs; the XML factory refuses DTDs.
 */
final class XlsxTabs implements TabSource, Closeable {
  private final String shownAs;
  private final OPCPackage pkg;
  private final List<String> strings = new ArrayList<>();
  private final Map<Tab, PackagePart> parts = new EnumMap<>(Tab.class);
  private final Map<Tab, String> names = new EnumMap<>(Tab.class);

  XlsxTabs(Path path, String shownAs) {
    this.shownAs = shownAs;
    try {
      pkg = OPCPackage.open(path.toFile(), PackageAccess.READ);
      XSSFReader reader = new XSSFReader(pkg);
      for (PackagePart p : pkg.getPartsByContentType(XSSFRelation.SHARED_STRINGS.getContentType())) {
        try (InputStream in = p.getInputStream()) {
          strings.addAll(SheetXml.sharedStrings(in));
        }
      }
      XSSFReader.SheetIterator it = (XSSFReader.SheetIterator) reader.getSheetsData();
      while (it.hasNext()) {
        it.next().close();
        Tab t = Tab.of(it.getSheetName());
        if (t != null && !parts.containsKey(t)) {
          parts.put(t, it.getSheetPart());
          names.put(t, it.getSheetName());
        }
      }
    } catch (IOException | RuntimeException | XMLStreamException
        | org.apache.poi.openxml4j.exceptions.OpenXML4JException e) {
      close();
      throw new InputException(shownAs, 0, "cannot read the workbook: " + message(e), e);
    }
  }

  @Override
  public Set<Tab> tabs() {
    return parts.keySet();
  }

  @Override
  public void read(Tab tab, Visitor visitor) {
    String sheet = names.get(tab);
    try (InputStream in = parts.get(tab).getInputStream()) {
      boolean[] headerSeen = {false};
      SheetXml.rows(in, strings, (cells, row) -> emit(sheet, visitor, cells, row, headerSeen));
    } catch (IOException | XMLStreamException | RuntimeException e) {
      if (e instanceof InputException) {
        throw (InputException) e;
      }
      throw new InputException(shownAs, 0, "cannot read sheet " + sheet + ": " + message(e), e);
    }
  }

  /** A row that is not blank: the first is the header. */
  private void emit(String sheet, Visitor visitor, List<String> cells, int rowNum, boolean[] headerSeen) {
    if (cells.stream().allMatch(c -> c == null || c.isBlank())) {
      return;
    }
    SourceRef at = new SourceRef(shownAs, 0, sheet + ":" + rowNum);
    if (!headerSeen[0]) {
      headerSeen[0] = true;
      visitor.header(new Header(cells), at, false);
    } else {
      visitor.row(at, cells.toArray(new String[0]));
    }
  }

  @Override
  public void close() {
    if (pkg != null) {
      pkg.revert();
    }
  }

  /**
   * The root cause's explanation on one line: POI's zip-bomb guard and the XML parser wrap the reason that
   * matters ("Zip bomb detected!") in exceptions of their own.
   */
  static String message(Throwable e) {
    Throwable root = e;
    while (root.getCause() != null && root.getCause() != root) {
      root = root.getCause();
    }
    String m = root.getMessage() == null ? root.getClass().getSimpleName() : root.getMessage();
    int at = m.indexOf("Message: ");
    m = at >= 0 ? m.substring(at + 9) : m;
    int nl = m.indexOf('\n');
    m = (nl < 0 ? m : m.substring(0, nl)).strip();
    return m.length() > 200 ? m.substring(0, 200) + "…" : m;
  }
}
