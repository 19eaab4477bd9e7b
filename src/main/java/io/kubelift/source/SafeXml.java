package io.kubelift.source;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import javax.xml.parsers.SAXParser;
import javax.xml.parsers.SAXParserFactory;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.xml.sax.Attributes;
import org.xml.sax.Locator;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;
import org.xml.sax.helpers.DefaultHandler;

/**
 * Parses XML from untrusted inventories into a DOM whose elements remember their line. A DOCTYPE is refused outright
 * (it is the door to external entities and entity-expansion bombs, and no inventory format needs one), external
 * entities and DTDs are never loaded, secure processing is on, and input size and nesting depth are bounded.
 */
public final class SafeXml {
  /** Largest XML file read, in bytes: the largest real OVF descriptors are well under a megabyte. */
  public static final long MAX_BYTES = 16L * 1024 * 1024;
  /** Deepest element nesting accepted. */
  public static final int MAX_DEPTH = 128;

  private static final String LINE = "kubelift.line";
  private static final String WRAPPER = "kubelift-fragments";
  private static final java.util.regex.Pattern DECLARATION = java.util.regex.Pattern.compile("<\\?xml[^>]*\\?>");
  private static final String DOCTYPE_REFUSED =
      "XML with a DOCTYPE is refused: DTDs and entities can read local files or expand without bound";

  private SafeXml() {}

  /** Reads a file as one XML document. */
  public static Document read(Path path, String shownAs) {
    return parse(readBytes(path, shownAs), shownAs);
  }

  /**
   * Reads a file holding one or more XML documents back to back (tools that append a second document, such as
   * virt-install's install-time and final domain definitions) and returns the root element of each.
   */
  public static List<Element> readConcatenated(Path path, String shownAs) {
    String text = stripBom(new String(readBytes(path, shownAs), StandardCharsets.UTF_8));
    refuseDoctype(text, shownAs);
    // Declarations are blanked in place so that every line keeps its number inside the wrapper element.
    String body = DECLARATION.matcher(text).replaceAll(m -> blank(m.group()));
    Document doc = parse(("<" + WRAPPER + ">" + body + "</" + WRAPPER + ">").getBytes(StandardCharsets.UTF_8),
        shownAs);
    List<Element> roots = new ArrayList<>();
    for (Node n = doc.getDocumentElement().getFirstChild(); n != null; n = n.getNextSibling()) {
      if (n instanceof Element) {
        roots.add((Element) n);
      }
    }
    return roots;
  }

  /** Parses bytes as one XML document. */
  public static Document parse(byte[] bytes, String shownAs) {
    if (bytes.length > MAX_BYTES) {
      throw tooLarge(shownAs, bytes.length);
    }
    DomBuilder builder = new DomBuilder();
    try {
      SAXParser parser = factory().newSAXParser();
      parser.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
      parser.setProperty(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
      parser.parse(new ByteArrayInputStream(bytes), builder);
      return builder.doc;
    } catch (SAXParseException e) {
      throw new InputException(shownAs, Math.max(e.getLineNumber(), 0), reason(e));
    } catch (SAXException e) {
      throw new InputException(shownAs, builder.line(), reason(e));
    } catch (IOException | ParserConfigurationException e) {
      throw new InputException(shownAs, 0, "cannot read XML: " + e.getMessage());
    }
  }

  /** The 1-based line on which an element's start tag ends, or 0 when unknown. */
  public static int line(Node node) {
    Object l = node == null ? null : node.getUserData(LINE);
    return l instanceof Integer ? (Integer) l : 0;
  }

  private static byte[] readBytes(Path path, String shownAs) {
    try {
      long size = Files.size(path);
      if (size > MAX_BYTES) {
        throw tooLarge(shownAs, size);
      }
      return Files.readAllBytes(path);
    } catch (IOException e) {
      throw new InputException(shownAs, 0, "cannot read: " + e.getMessage());
    }
  }

  private static InputException tooLarge(String shownAs, long size) {
    return new InputException(shownAs, 0, "file is " + size + " bytes; at most " + MAX_BYTES
        + " bytes of XML are read");
  }

  private static SAXParserFactory factory() throws ParserConfigurationException, SAXException {
    SAXParserFactory f = SAXParserFactory.newInstance();
    f.setNamespaceAware(true);
    f.setValidating(false);
    f.setXIncludeAware(false);
    f.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
    f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
    f.setFeature("http://xml.org/sax/features/external-general-entities", false);
    f.setFeature("http://xml.org/sax/features/external-parameter-entities", false);
    f.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
    return f;
  }

  private static String reason(SAXException e) {
    String m = String.valueOf(e.getMessage());
    if (m.contains("DOCTYPE")) {
      return DOCTYPE_REFUSED;
    }
    if (m.startsWith(DomBuilder.TOO_DEEP)) {
      return m;
    }
    String firstLine = m.lines().findFirst().orElse(m);
    return "not well-formed XML: " + (firstLine.length() > 200 ? firstLine.substring(0, 200) + "…" : firstLine);
  }

  private static void refuseDoctype(String text, String shownAs) {
    int at = text.indexOf("<!DOCTYPE");
    if (at >= 0) {
      throw new InputException(shownAs, (int) text.substring(0, at).chars().filter(c -> c == '\n').count() + 1,
          DOCTYPE_REFUSED);
    }
  }

  private static String blank(String s) {
    return s.replaceAll("[^\n]", " ");
  }

  private static String stripBom(String s) {
    return s.startsWith("\uFEFF") ? s.substring(1) : s;
  }

  /** Builds the DOM from SAX events, noting each element's line, and refuses excessive nesting. */
  private static final class DomBuilder extends DefaultHandler {
    static final String TOO_DEEP = "XML nested deeper than " + MAX_DEPTH + " elements";
    final Document doc;
    Node current;
    Locator locator;
    int depth;

    DomBuilder() {
      try {
        DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
        f.setNamespaceAware(true);
        doc = f.newDocumentBuilder().newDocument();
      } catch (ParserConfigurationException e) {
        throw new IllegalStateException(e);
      }
      current = doc;
    }

    int line() {
      return locator == null ? 0 : locator.getLineNumber();
    }

    @Override
    public void setDocumentLocator(Locator l) {
      this.locator = l;
    }

    @Override
    public void startElement(String uri, String local, String qName, Attributes atts) throws SAXException {
      if (++depth > MAX_DEPTH) {
        throw new SAXException(TOO_DEEP);
      }
      Element e;
      try {
        e = doc.createElementNS(uri == null || uri.isEmpty() ? null : uri, qName);
        for (int i = 0; i < atts.getLength(); i++) {
          String ns = atts.getURI(i);
          e.setAttributeNS(ns == null || ns.isEmpty() ? null : ns, atts.getQName(i), atts.getValue(i));
        }
      } catch (org.w3c.dom.DOMException bad) {
        // The parser lets some names through that DOM refuses (a prefix without a namespace, say).
        throw new SAXException("element <" + qName + "> has a name or attribute that is not namespace-well-formed");
      }
      e.setUserData(LINE, line(), null);
      current.appendChild(e);
      current = e;
    }

    @Override
    public void endElement(String uri, String local, String qName) {
      depth--;
      current = current.getParentNode();
    }

    @Override
    public void characters(char[] ch, int start, int length) {
      if (current != doc) {
        current.appendChild(doc.createTextNode(new String(ch, start, length)));
      }
    }
  }
}
