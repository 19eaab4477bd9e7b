package io.kubelift.inventory;

import io.kubelift.model.Application;
import io.kubelift.model.InputFile;
import io.kubelift.model.Inventory;
import io.kubelift.model.Rejected;
import io.kubelift.model.Vm;
import io.kubelift.source.InputException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Reads every input with the reader that recognises it, then places VMs in their applications. A file given
 * explicitly that no reader recognises is an error; inside a directory such files are listed and skipped.
 */
public final class InventoryLoader {
  private static final int HEAD = 8192;
  private final InventoryReaders readers;
  private final String forcedFormat;

  /**
   * @param readers the registry
   * @param forcedFormat a format name that overrides detection, or {@code null}
   */
  public InventoryLoader(InventoryReaders readers, String forcedFormat) {
    this.readers = readers;
    this.forcedFormat = forcedFormat;
    if (forcedFormat != null && readers.byId(forcedFormat) == null) {
      throw new InputException("--input-format", 0, "unknown format '" + forcedFormat + "'; expected one of "
          + readers.ids());
    }
  }

  public Inventory load(List<Path> inputs) {
    List<Vm> vms = new ArrayList<>();
    List<Application> apps = new ArrayList<>();
    List<InputFile> files = new ArrayList<>();
    for (Path p : inputs) {
      loadOne(p, p.toString(), true, vms, apps, files);
    }
    return ApplicationResolver.resolve(vms, apps, files);
  }

  private void loadOne(Path p, String shownAs, boolean explicit, List<Vm> vms, List<Application> apps,
      List<InputFile> files) {
    if (!Files.exists(p)) {
      throw new InputException(shownAs, 0, "no such file or directory");
    }
    InventoryReader reader = pick(p, shownAs);
    if (reader == null && Files.isDirectory(p)) {
      for (Path child : children(p, shownAs)) {
        loadOne(child, child.toString(), false, vms, apps, files);
      }
      return;
    }
    if (reader == null) {
      if (explicit) {
        throw new InputException(shownAs, 0, "not an inventory this version reads; formats: " + readers.ids());
      }
      files.add(new InputFile(shownAs, "unrecognised", 0, List.of(new Rejected(shownAs,
          "not an inventory any reader recognises; skipped"))));
      return;
    }
    ReadResult r = reader.read(p, shownAs);
    vms.addAll(r.vms());
    apps.addAll(r.applications());
    files.add(new InputFile(shownAs, reader.id(), r.records(), r.rejected()));
  }

  private InventoryReader pick(Path p, String shownAs) {
    byte[] head = Files.isDirectory(p) ? new byte[0] : head(p, shownAs);
    if (forcedFormat != null) {
      InventoryReader r = readers.byId(forcedFormat);
      return Files.isDirectory(p) && !r.canRead(p, head) ? null : r;
    }
    for (InventoryReader r : readers.all()) {
      if (r.canRead(p, head)) {
        return r;
      }
    }
    return null;
  }

  private static byte[] head(Path p, String shownAs) {
    try (InputStream in = Files.newInputStream(p)) {
      return in.readNBytes(HEAD);
    } catch (IOException e) {
      throw new InputException(shownAs, 0, "cannot read: " + e.getMessage());
    }
  }

  private static List<Path> children(Path dir, String shownAs) {
    try (Stream<Path> s = Files.list(dir)) {
      return s.filter(c -> !c.getFileName().toString().startsWith(".")).sorted().toList();
    } catch (IOException e) {
      throw new InputException(shownAs, 0, "cannot list directory: " + e.getMessage());
    }
  }

  /** Remembers, per application name, which input declared it first. */
  static Map<String, Application> byName(List<Application> apps) {
    Map<String, Application> out = new LinkedHashMap<>();
    for (Application a : apps) {
      out.putIfAbsent(a.name(), a);
    }
    return out;
  }
}
