package io.kubelift.inventory.ovf;

import static io.kubelift.source.XmlNodes.attr;
import static io.kubelift.source.XmlNodes.children;
import static io.kubelift.source.XmlNodes.name;

import io.kubelift.inventory.common.Units;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.w3c.dom.Element;

/**
 * What an OVF envelope declares once for all its virtual systems: the files it references and the disks in its
 * DiskSection. Standard OVF names sections by element ({@code <DiskSection>}); oVirt writes {@code <Section
 * xsi:type="ovf:DiskSection_Type">}; both are read.
 */
final class OvfEnvelope {
  final Element root;
  final boolean ovirt;
  final Map<String, Element> files = new LinkedHashMap<>();
  final Map<String, Element> disks = new LinkedHashMap<>();

  OvfEnvelope(Element root) {
    this.root = root;
    // oVirt writes ovf:version on the envelope (0.9, 3.3, 4.x) and a <Content> element for its one VM.
    this.ovirt = attr(root, "version") != null && !children(root, "Content").isEmpty();
    for (Element ref : children(root, "References")) {
      for (Element f : children(ref, "File")) {
        files.put(attr(f, "id"), f);
      }
    }
    for (Element ds : section(root, "DiskSection")) {
      for (Element d : children(ds, "Disk")) {
        disks.put(attr(d, "diskId"), d);
      }
    }
  }

  /** Child sections of that kind, by element name or by oVirt's {@code xsi:type}. */
  static List<Element> section(Element parent, String kind) {
    List<Element> out = new ArrayList<>();
    for (Element e : children(parent, kind, "Section", "Content")) {
      String type = String.valueOf(attr(e, "type"));
      if (name(e).equals(kind) || type.equals(kind + "_Type") || type.endsWith(":" + kind + "_Type")) {
        out.add(e);
      }
    }
    return out;
  }

  /** The disk of the DiskSection an item's HostResource points at ({@code ovf:/disk/ID}, or oVirt's file ref). */
  Element diskFor(String hostResource) {
    if (hostResource == null) {
      return null;
    }
    String id = hostResource.replaceFirst("^(ovf:)?/disk/", "");
    Element d = disks.get(id);
    if (d != null) {
      return d;
    }
    for (Element candidate : disks.values()) {
      if (hostResource.equals(attr(candidate, "fileRef"))) {
        return candidate;
      }
    }
    return null;
  }

  /** The file an item's HostResource points at ({@code ovf:/file/ID}), or {@code null}. */
  Element fileFor(String hostResource) {
    return hostResource == null || !hostResource.matches("(ovf:)?/file/.*") ? null
        : files.get(hostResource.replaceFirst("^(ovf:)?/file/", ""));
  }

  /** A disk's capacity in bytes; {@code null} when it is a deployment property like {@code ${size}}. */
  Double capacityBytes(Element disk) {
    if (ovirt && attr(disk, "capacity") == null) {
      Double gib = Units.parseDouble(attr(disk, "size") != null ? attr(disk, "size") : attr(disk, "device_size"));
      return gib == null ? null : gib * 1024 * 1024 * 1024; // oVirt writes sizes in GiB
    }
    Double capacity = Units.parseDouble(attr(disk, "capacity"));
    Double unit = Units.byteUnit(attr(disk, "capacityAllocationUnits"));
    return capacity == null || unit == null ? null : capacity * unit;
  }

  /** A disk's image format, from oVirt's volume format or the OVF format URI. */
  static String format(Element disk) {
    String volume = attr(disk, "volume-format");
    if (volume != null) {
      return volume.equalsIgnoreCase("COW") ? "qcow2" : volume.toLowerCase(Locale.ROOT);
    }
    String uri = String.valueOf(attr(disk, "format")).toLowerCase(Locale.ROOT);
    for (String f : new String[] {"vmdk", "qcow2", "vhdx", "vdi"}) {
      if (uri.contains(f)) {
        return f;
      }
    }
    return uri.contains("qcow") ? "qcow2" : uri.contains("vhd") || uri.contains("virtualserver") ? "vhd" : null;
  }
}
