package io.kubelift.inventory;

import java.util.ArrayList;
import java.util.List;

/** The registry of readers, in the order they are asked to recognise an input. */
public final class InventoryReaders {
  private final List<InventoryReader> readers;

  private InventoryReaders(List<InventoryReader> readers) {
    this.readers = List.copyOf(readers);
  }

  /**
   * Every format KubeLift reads. Adding a format means adding its reader here. RVTools comes before the other
   * CSV readers: an RVTools tab has a "VM" column and would otherwise pass for an application map or a flat CSV.
   */
  public static InventoryReaders standard() {
    List<InventoryReader> r = new ArrayList<>();
    r.add(new NativeInventoryReader());
    r.add(new io.kubelift.inventory.libvirt.LibvirtDomainReader());
    r.add(new io.kubelift.inventory.ovf.OvfReader());
    r.add(new io.kubelift.inventory.vmx.VmxReader());
    r.add(new io.kubelift.inventory.proxmox.ProxmoxReader());
    r.add(new io.kubelift.inventory.ovirt.OvirtApiReader());
    r.add(new io.kubelift.inventory.rvtools.RvtoolsXlsxReader());
    r.add(new io.kubelift.inventory.rvtools.RvtoolsCsvReader());
    r.add(new ApplicationMapReader());
    r.add(new io.kubelift.inventory.csv.FlatCsvReader());
    r.add(new io.kubelift.inventory.ansible.AnsibleFactsReader());
    return new InventoryReaders(r);
  }

  public List<InventoryReader> all() {
    return readers;
  }

  /** The reader of that format name, or {@code null}. */
  public InventoryReader byId(String id) {
    for (InventoryReader r : readers) {
      if (r.id().equals(id)) {
        return r;
      }
    }
    return null;
  }

  /** The names of all formats, for messages. */
  public List<String> ids() {
    List<String> out = new ArrayList<>();
    readers.forEach(r -> out.add(r.id()));
    return out;
  }
}
