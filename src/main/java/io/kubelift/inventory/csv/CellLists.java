package io.kubelift.inventory.csv;

import io.kubelift.inventory.text.BadValue;
import io.kubelift.inventory.text.Values;
import io.kubelift.model.Device;
import io.kubelift.model.Disk;
import io.kubelift.model.Nic;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The list cells of the flat CSV: {@code disks}, {@code nics} and {@code devices}, entries separated by ';', each
 * entry a few words. A word states a fact; a fact no word states stays unknown; {@code none} is a list known to be
 * empty. See docs/flat-csv.md for the words.
 */
final class CellLists {
  private static final Pattern SIZE = Pattern.compile("(?i)(\\d+(?:[.,]\\d+)?)\\s*(t|tb|tib|g|gb|gib|m|mb|mib)?");
  private static final Pattern FORMAT = Pattern.compile("(?i)qcow2|raw|vmdk|vdi|vhd|vhdx|iso");
  private static final Pattern BUS = Pattern.compile("(?i)virtio|scsi|sata|ide|nvme|usb");
  private static final Pattern PURPOSE = Pattern.compile("(?i)os|data|swap");
  private static final Pattern MODEL = Pattern.compile("(?i)virtio|e1000e?|vmxnet[23]?|rtl8139|pcnet|ne2k_pci|netvsc");
  private static final Pattern IP = Pattern.compile("\\d{1,3}(\\.\\d{1,3}){3}(/\\d{1,2})?|[0-9a-fA-F:]*:[0-9a-fA-F:]+"
      + "(/\\d{1,3})?");
  private static final Pattern MAC = Pattern.compile("(?i)([0-9a-f]{2}[:-]){5}[0-9a-f]{2}");
  /** The bindings of {@link Nic#binding()}: a spreadsheet states one only where its author knows it. */
  private static final Pattern BINDING = Pattern.compile("bridge|network|macvtap|vhost-user|vdpa|hostdev|user"
      + "|ethernet|socket|other");
  private static final Pattern DEVICE = Pattern.compile("(?i)pci|gpu|vgpu|usb|dongle|serial|parallel|smartcard"
      + "|watchdog");

  private CellLists() {}

  static List<Disk> disks(String cell) {
    return entries("disks", cell, CellLists::disk);
  }

  static List<Nic> nics(String cell) {
    return entries("nics", cell, CellLists::nic);
  }

  static List<Device> devices(String cell) {
    return entries("devices", cell, CellLists::device);
  }

  private static <T> List<T> entries(String column, String cell, Function<Words, T> parse) {
    String t = Values.text(cell);
    if (t == null) {
      return null;
    }
    List<T> out = new ArrayList<>();
    if (t.equalsIgnoreCase("none")) {
      return out;
    }
    for (String entry : t.split(";")) {
      if (!entry.isBlank()) {
        out.add(parse.apply(new Words(column, entry.strip())));
      }
    }
    return out;
  }

  private static Disk disk(Words w) {
    Double gib = null;
    String format = null;
    String bus = null;
    String purpose = null;
    for (String word : w.words) {
      Matcher m = SIZE.matcher(word);
      if (m.matches()) {
        gib = gib(Double.parseDouble(m.group(1).replace(',', '.')), m.group(2));
      } else if (FORMAT.matcher(word).matches()) {
        format = word.toLowerCase(Locale.ROOT);
      } else if (BUS.matcher(word).matches()) {
        bus = word.toLowerCase(Locale.ROOT);
      } else if (PURPOSE.matcher(word).matches()) {
        purpose = word.toLowerCase(Locale.ROOT);
      } else if (!w.flag(word, "shared", "rdm", "independent", "thin", "thick", "name", "path")) {
        throw w.unknown(word, "a size (100G), a format, a bus, os/data/swap, shared, rdm, independent, thin, thick");
      }
    }
    String provisioning = w.has("thin") ? "thin" : w.has("thick") ? "thick" : null;
    return new Disk(w.value("name"), format, gib, provisioning, bus, w.bool("shared"), w.bool("rdm"),
        w.bool("independent"), purpose, w.value("path"));
  }

  private static Double gib(double n, String unit) {
    String u = unit == null ? "g" : unit.toLowerCase(Locale.ROOT).substring(0, 1);
    return "t".equals(u) ? n * 1024 : "m".equals(u) ? n / 1024 : n;
  }

  private static Nic nic(Words w) {
    String model = null;
    String mac = null;
    List<String> addresses = new ArrayList<>();
    List<String> network = new ArrayList<>();
    for (String word : w.words) {
      if (MODEL.matcher(word).matches()) {
        model = word.toLowerCase(Locale.ROOT);
      } else if (MAC.matcher(word).matches()) {
        mac = word.toLowerCase(Locale.ROOT).replace('-', ':');
      } else if (IP.matcher(word).matches()) {
        addresses.add(word);
      } else if (!w.flag(word, "static", "dhcp", "sriov", "bonded", "disconnected", "connected")
          && !(word.indexOf('=') > 0 && w.flag(word, "vip", "name", "network", "binding"))) {
        network.add(word); // a bare "Network" or "name" is part of the name ("VM Network"), not a key
      }
    }
    String binding = w.value("binding") == null ? null : w.value("binding").toLowerCase(Locale.ROOT);
    if (binding != null && !BINDING.matcher(binding).matches()) {
      throw w.unknown("binding=" + w.value("binding"), "binding=" + BINDING.pattern().replace("|", ", "));
    }
    Boolean staticIp = w.has("static") ? Boolean.TRUE : w.has("dhcp") ? Boolean.FALSE : null;
    Boolean connected = w.has("disconnected") ? Boolean.FALSE : w.bool("connected");
    String net = w.value("network") != null ? w.value("network") : network.isEmpty() ? null : String.join(" ",
        network);
    return new Nic(w.value("name"), net, model, mac, addresses.isEmpty() ? null : addresses, staticIp,
        w.value("vip"), w.bool("sriov"), w.bool("bonded"), connected, binding);
  }

  private static Device device(Words w) {
    String type = w.words.get(0).toLowerCase(Locale.ROOT);
    if (!DEVICE.matcher(type).matches()) {
      throw w.unknown(w.words.get(0), "a device type first: pci, gpu, vgpu, usb, dongle, serial, parallel, "
          + "smartcard or watchdog");
    }
    List<String> description = new ArrayList<>();
    for (String word : w.words.subList(1, w.words.size())) {
      if (!w.flag(word, "passthrough")) {
        description.add(word);
      }
    }
    return new Device(type, w.bool("passthrough"), description.isEmpty() ? null : String.join(" ", description));
  }

  /** The words of one entry, with its flags ({@code shared}, {@code shared=no}) and values ({@code name=x}). */
  private static final class Words {
    final String column;
    final String entry;
    final List<String> words = new ArrayList<>();
    final java.util.Map<String, String> flags = new java.util.HashMap<>();

    Words(String column, String entry) {
      this.column = column;
      this.entry = entry;
      for (String word : entry.split("\\s+")) {
        words.add(word);
      }
    }

    /** Records the word when it is one of the flags, bare or as {@code flag=value}. */
    boolean flag(String word, String... names) {
      int eq = word.indexOf('=');
      String key = (eq < 0 ? word : word.substring(0, eq)).toLowerCase(Locale.ROOT);
      for (String n : names) {
        if (n.equals(key)) {
          flags.put(key, eq < 0 ? "yes" : word.substring(eq + 1));
          return true;
        }
      }
      return false;
    }

    boolean has(String flag) {
      return flags.containsKey(flag) && !Boolean.FALSE.equals(bool(flag));
    }

    Boolean bool(String flag) {
      String v = flags.get(flag);
      return v == null ? null : Values.bool(column + " " + flag, v);
    }

    String value(String key) {
      return flags.get(key);
    }

    BadValue unknown(String word, String expected) {
      return new BadValue("column '" + column + "': '" + Values.clip(word) + "' in '" + Values.clip(entry)
          + "' is not understood; expected " + expected);
    }
  }
}
