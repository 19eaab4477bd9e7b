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
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.openxml4j.opc.PackagePart;
import org.apache.poi.util.XMLHelper;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.apache.poi.xssf.usermodel.XSSFRelation;

/**
 * The sheets of an RVTools workbook, streamed row by row with StAX so that a workbook of 100,000 VMs is never held
 * whole: only the shared-string table (as plain strings) and one row at a time are in memory. Cells are read raw (numbers as stored,
 * not as formatted), and a sheet whose declared range runs to row 1,048,576 costs only the rows it really has.
 * POI's zip guards (inflate ratio, entry size) refuse zip bombs; the XML factory refuses DTDs.
 */
final class XlsxTabs implements TabSource, Closeable {
  private static final XMLInputFactory XML = XMLHelper.newXMLInputFactory();
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
        sharedStrings(p);
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

  /**
   * Reads the shared-string table: the text of each {@code <si>}, its rich-text runs joined, phonetic hints
   * ({@code <rPh>}) left out. Read directly rather than through POI's rich-text objects, which cost far more.
   */
  private void sharedStrings(PackagePart part) throws IOException, XMLStreamException {
    try (InputStream in = part.getInputStream()) {
      XMLStreamReader x = XML.createXMLStreamReader(in);
      StringBuilder text = new StringBuilder();
      boolean inText = false;
      int phonetic = 0;
      while (x.hasNext()) {
        int ev = x.next();
        if (ev == XMLStreamConstants.START_ELEMENT) {
          String n = x.getLocalName();
          phonetic += "rPh".equals(n) ? 1 : 0;
          inText = "t".equals(n) && phonetic == 0;
          if ("si".equals(n)) {
            text.setLength(0);
          }
        } else if (ev == XMLStreamConstants.CHARACTERS && inText) {
          text.append(x.getText());
        } else if (ev == XMLStreamConstants.END_ELEMENT) {
          String n = x.getLocalName();
          phonetic -= "rPh".equals(n) ? 1 : 0;
          inText = false;
          if ("si".equals(n)) {
            strings.add(text.toString());
          }
        }
      }
      x.close();
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
      XMLStreamReader x = XML.createXMLStreamReader(in);
      try {
        new SheetRows(sheet, visitor).read(x);
      } finally {
        x.close();
      }
    } catch (IOException | XMLStreamException | RuntimeException e) {
      if (e instanceof InputException) {
        throw (InputException) e;
      }
      throw new InputException(shownAs, 0, "cannot read sheet " + sheet + ": " + message(e), e);
    }
  }

  @Override
  public void close() {
    if (pkg != null) {
      pkg.revert();
    }
  }

  private static String message(Exception e) {
    String m = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    int nl = m.indexOf('\n');
    return nl < 0 ? m : m.substring(0, nl);
  }

  /** One sheet's XML, turned into header and rows. */
  private final class SheetRows {
    private final String sheet;
    private final Visitor visitor;
    private final List<String> cells = new ArrayList<>();
    private boolean headerSeen;

    SheetRows(String sheet, Visitor visitor) {
      this.sheet = sheet;
      this.visitor = visitor;
    }

    void read(XMLStreamReader x) throws XMLStreamException {
      int rowNum = 0;
      int col = -1;
      String type = null;
      StringBuilder value = new StringBuilder();
      boolean inValue = false;
      while (x.hasNext()) {
        int ev = x.next();
        if (ev == XMLStreamConstants.START_ELEMENT) {
          String n = x.getLocalName();
          if ("row".equals(n)) {
            String r = x.getAttributeValue(null, "r");
            rowNum = r == null ? rowNum + 1 : Integer.parseInt(r);
            cells.clear();
            col = -1;
          } else if ("c".equals(n)) {
            String ref = x.getAttributeValue(null, "r");
            col = ref == null ? col + 1 : column(ref);
            type = x.getAttributeValue(null, "t");
            value.setLength(0);
          } else if ("v".equals(n) || "t".equals(n)) {
            inValue = true;
          }
        } else if (ev == XMLStreamConstants.CHARACTERS && inValue) {
          value.append(x.getText());
        } else if (ev == XMLStreamConstants.END_ELEMENT) {
          String n = x.getLocalName();
          if ("v".equals(n) || "t".equals(n)) {
            inValue = false;
          } else if ("c".equals(n)) {
            put(col, resolve(type, value.toString()));
          } else if ("row".equals(n)) {
            emit(rowNum);
          }
        }
      }
    }

    private String resolve(String type, String raw) {
      if ("s".equals(type)) {
        int i = raw.isEmpty() ? -1 : Integer.parseInt(raw.strip());
        return i < 0 || i >= strings.size() ? null : strings.get(i);
      }
      if ("b".equals(type)) {
        return "1".equals(raw.strip()) ? "TRUE" : "FALSE";
      }
      return "e".equals(type) ? null : raw;
    }

    private void put(int col, String v) {
      while (cells.size() <= col) {
        cells.add(null);
      }
      cells.set(col, v);
    }

    private void emit(int rowNum) {
      boolean blank = cells.stream().allMatch(c -> c == null || c.isBlank());
      if (blank) {
        return;
      }
      SourceRef at = new SourceRef(shownAs, 0, sheet + ":" + rowNum);
      if (!headerSeen) {
        headerSeen = true;
        visitor.header(new Header(cells), at, false);
      } else {
        visitor.row(at, cells.toArray(new String[0]));
      }
    }
  }

  /** The 0-based column of a cell reference such as {@code AB12}. */
  static int column(String ref) {
    int c = 0;
    for (int i = 0; i < ref.length() && Character.isLetter(ref.charAt(i)); i++) {
      c = c * 26 + (Character.toUpperCase(ref.charAt(i)) - 'A' + 1);
    }
    return c - 1;
  }
}
