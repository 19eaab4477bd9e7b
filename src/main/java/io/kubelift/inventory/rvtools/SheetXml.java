package io.kubelift.inventory.rvtools;

import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.apache.poi.util.XMLHelper;

/**
 * The two parts of an .xlsx that hold cell text, read with StAX one element at a time: the shared-string table and a
 * worksheet. Cells are taken raw (numbers as stored, not as formatted); the factory refuses DTDs and entities.
 */
final class SheetXml {
  private static final XMLInputFactory XML = XMLHelper.newXMLInputFactory();

  private SheetXml() {}

  /** Receives each row of a sheet: its cells by column position, and its 1-based row number. */
  interface RowSink {
    void row(List<String> cells, int rowNum);
  }

  /**
   * The text of each {@code <si>} of the shared-string table, its rich-text runs joined, phonetic hints
   * ({@code <rPh>}) left out. Read directly rather than through POI's rich-text objects, which cost far more.
   */
  static List<String> sharedStrings(InputStream in) throws XMLStreamException {
    List<String> out = new ArrayList<>();
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
          out.add(text.toString());
        }
      }
    }
    x.close();
    return out;
  }

  /** Streams a worksheet's rows; the list passed to the sink is reused, so the sink copies what it keeps. */
  static void rows(InputStream in, List<String> strings, RowSink sink) throws XMLStreamException {
    XMLStreamReader x = XML.createXMLStreamReader(in);
    List<String> cells = new ArrayList<>();
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
          put(cells, col, resolve(strings, type, value.toString()));
        } else if ("row".equals(n)) {
          sink.row(cells, rowNum);
        }
      }
    }
    x.close();
  }

  private static String resolve(List<String> strings, String type, String raw) {
    if ("s".equals(type)) {
      int i = raw.isEmpty() ? -1 : Integer.parseInt(raw.strip());
      return i < 0 || i >= strings.size() ? null : strings.get(i);
    }
    if ("b".equals(type)) {
      return "1".equals(raw.strip()) ? "TRUE" : "FALSE";
    }
    return "e".equals(type) ? null : raw;
  }

  private static void put(List<String> cells, int col, String v) {
    while (cells.size() <= col) {
      cells.add(null);
    }
    cells.set(col, v);
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
