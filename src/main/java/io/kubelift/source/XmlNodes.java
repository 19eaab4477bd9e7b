package io.kubelift.source;

import java.util.ArrayList;
import java.util.List;
import org.w3c.dom.Attr;
import org.w3c.dom.Element;
import org.w3c.dom.NamedNodeMap;
import org.w3c.dom.Node;

/**
 * Namespace-blind navigation of a DOM by local names. Inventory formats disagree on namespaces (oVirt writes the OVF
 * envelope namespace with a trailing slash, VirtualBox and VMware add their own, OVF 2 moves items into others), so
 * readers match element and attribute names without their prefix.
 */
public final class XmlNodes {
  private XmlNodes() {}

  /** The element's name without prefix. */
  public static String name(Node n) {
    String local = n.getLocalName();
    String full = local != null ? local : n.getNodeName();
    int colon = full.indexOf(':');
    return colon >= 0 ? full.substring(colon + 1) : full;
  }

  /** Child elements with one of these local names, in document order. */
  public static List<Element> children(Element parent, String... names) {
    List<Element> out = new ArrayList<>();
    if (parent == null) {
      return out;
    }
    for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
      if (n instanceof Element && matches(n, names)) {
        out.add((Element) n);
      }
    }
    return out;
  }

  /** The first child element of that local name, or {@code null}. */
  public static Element child(Element parent, String name) {
    List<Element> c = children(parent, name);
    return c.isEmpty() ? null : c.get(0);
  }

  /** The element at a path of local names below {@code parent}, or {@code null}. */
  public static Element path(Element parent, String... names) {
    Element e = parent;
    for (String n : names) {
      e = child(e, n);
      if (e == null) {
        return null;
      }
    }
    return e;
  }

  /** Every descendant element of that local name, in document order. */
  public static List<Element> descendants(Element root, String name) {
    List<Element> out = new ArrayList<>();
    collect(root, name, out);
    return out;
  }

  /** The trimmed text of an element, or {@code null} when it is absent or blank. */
  public static String text(Element e) {
    if (e == null) {
      return null;
    }
    String t = e.getTextContent().trim();
    return t.isEmpty() ? null : t;
  }

  /** The trimmed text of the first child of that name, or {@code null}. */
  public static String text(Element parent, String name) {
    return text(child(parent, name));
  }

  /** An attribute by local name in any namespace, trimmed; {@code null} when absent or blank. */
  public static String attr(Element e, String name) {
    if (e == null) {
      return null;
    }
    NamedNodeMap atts = e.getAttributes();
    for (int i = 0; i < atts.getLength(); i++) {
      Attr a = (Attr) atts.item(i);
      if (name.equals(name(a))) {
        String v = a.getValue().trim();
        return v.isEmpty() ? null : v;
      }
    }
    return null;
  }

  private static void collect(Element e, String name, List<Element> out) {
    for (Node n = e.getFirstChild(); n != null; n = n.getNextSibling()) {
      if (n instanceof Element) {
        if (name(n).equals(name)) {
          out.add((Element) n);
        }
        collect((Element) n, name, out);
      }
    }
  }

  private static boolean matches(Node n, String... names) {
    String local = name(n);
    for (String want : names) {
      if (want.equals(local)) {
        return true;
      }
    }
    return false;
  }
}
