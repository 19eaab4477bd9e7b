package io.kubelift.inventory.common;

import java.util.Locale;

/** Names of disk formats and NIC models as the model uses them, from the spellings of each source format. */
public final class Hardware {
  private Hardware() {}

  /** The image format a file name's extension states; {@code null} where it does not ({@code .img}, none). */
  public static String formatFromPath(String path) {
    if (path == null) {
      return null;
    }
    String p = path.toLowerCase(Locale.ROOT).strip();
    int dot = p.lastIndexOf('.');
    if (dot < 0 || dot < p.lastIndexOf('/')) {
      return null;
    }
    switch (p.substring(dot + 1)) {
      case "qcow2":
        return "qcow2";
      case "vmdk":
        return "vmdk";
      case "vdi":
        return "vdi";
      case "vhd":
        return "vhd";
      case "vhdx":
        return "vhdx";
      case "iso":
        return "iso";
      case "raw":
        return "raw";
      default:
        return null;
    }
  }

  /** A QEMU block format name ({@code vpc} is VHD); other names are kept as the source wrote them. */
  public static String formatFromQemu(String type) {
    if (type == null) {
      return null;
    }
    String t = type.toLowerCase(Locale.ROOT).strip();
    return "vpc".equals(t) ? "vhd" : t;
  }

  /**
   * A NIC model as KubeVirt names it where the source uses another spelling (VMware's {@code vlance} and OVF's
   * {@code PCNet32} are the AMD PCnet that KubeVirt calls {@code pcnet}; oVirt's {@code pv} is virtio).
   */
  public static String nicModel(String model) {
    if (model == null || model.isBlank()) {
      return null;
    }
    String m = model.toLowerCase(Locale.ROOT).strip();
    switch (m) {
      case "vlance": case "pcnet32": case "pcnet": case "am79c970a": case "am79c973":
        return "pcnet";
      case "pv": case "virtio-net": case "virtio-net-pci": case "virtio_net":
        return "virtio";
      case "rtl8139_pv":
        return "rtl8139";
      default:
        return m;
    }
  }

  /** A yes/no word in any of the spellings sources use ({@code TRUE}, {@code yes}, {@code on}, {@code 1}). */
  public static Boolean bool(String s) {
    if (s == null) {
      return null;
    }
    switch (s.strip().toLowerCase(Locale.ROOT)) {
      case "true": case "yes": case "on": case "1":
        return Boolean.TRUE;
      case "false": case "no": case "off": case "0":
        return Boolean.FALSE;
      default:
        return null;
    }
  }

  /** An oVirt disk interface ({@code VirtIO}, {@code VirtIO_SCSI}, {@code IDE}, {@code SATA}, any case) as a bus. */
  public static String ovirtBus(String iface) {
    if (iface == null) {
      return null;
    }
    switch (iface.toLowerCase(Locale.ROOT)) {
      case "virtio":
        return "virtio";
      case "virtio_scsi": case "spapr_vscsi":
        return "scsi";
      case "ide":
        return "ide";
      case "sata":
        return "sata";
      default:
        return null;
    }
  }
}
