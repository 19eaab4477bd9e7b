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
import java.util.List;
import java.util.stream.Stream;

/**
 * Reads every input with the reader that recognises it, merges the records that describe the same VM (the later
 * input wins where they disagree, and the VM says so), then places VMs in their applications. A file given
 * explicitly that no reader recognises is an error; inside a directory such files are listed and skipped. The
 * application map is read once, last, even when an input directory also holds it.
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
    return load(inputs, null);
  }

  /**
   * Reads the inputs in order, then the application map, if any.
   *
   * @param inputs inventory files and directories, in the order given
   * @param apps an application map ({@code --apps}), or {@code null}
   */
  public Inventory load(List<Path> inputs, Path apps) {
    List<VmMerger.Part> parts = new ArrayList<>();
    List<InputFile> files = new ArrayList<>();
    for (Path p : inputs) {
      loadOne(p, p.toString(), true, apps, parts, files);
    }
    if (apps != null) {
      read(ApplicationMapReader.INSTANCE, apps, apps.toString(), parts, files);
    }
    VmMerger.Merged merged = VmMerger.merge(parts);
    List<Application> declared = new ArrayList<>();
    List<Derivation> derivations = new ArrayList<>();
    for (VmMerger.Part part : parts) {
      declared.addAll(part.result().applications());
      derivations.addAll(part.result().derivations());
    }
    List<Vm> vms = derive(merged.vms(), declared, derivations);
    return ApplicationResolver.resolve(vms, declared,
        ApplicationResolver.addRejects(files, merged.rejected()));
  }

  private void loadOne(Path p, String shownAs, boolean explicit, Path apps, List<VmMerger.Part> parts,
      List<InputFile> files) {
    if (!Files.exists(p)) {
      throw new InputException(shownAs, 0, "no such file or directory");
    }
    InventoryReader reader = pick(p, shownAs);
    if (reader == null && Files.isDirectory(p)) {
      for (Path child : children(p, shownAs)) {
        if (!sameFile(child, apps)) {
          loadOne(child, child.toString(), false, apps, parts, files);
        }
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
    read(reader, p, shownAs, parts, files);
  }

  private static void read(InventoryReader reader, Path p, String shownAs, List<VmMerger.Part> parts,
      List<InputFile> files) {
    if (!Files.exists(p)) {
      throw new InputException(shownAs, 0, "no such file or directory");
    }
    ReadResult r = reader.read(p, shownAs);
    parts.add(new VmMerger.Part(shownAs, r));
    files.add(new InputFile(shownAs, reader.id(), r.records(), r.rejected()));
  }

  /** VMs no application lists and none names, placed by the derivation rules (the first that matches). */
  private static List<Vm> derive(List<Vm> vms, List<Application> declared, List<Derivation> rules) {
    if (rules.isEmpty()) {
      return vms;
    }
    java.util.Set<String> listed = new java.util.HashSet<>();
    declared.forEach(a -> a.vms().forEach(m -> listed.add(m.name())));
    List<Vm> out = new ArrayList<>(vms.size());
    for (Vm vm : vms) {
      Vm placed = null;
      for (int i = 0; i < rules.size() && placed == null && vm.application() == null
          && !listed.contains(vm.name()); i++) {
        placed = rules.get(i).apply(vm);
      }
      out.add(placed != null ? placed : vm);
    }
    return out;
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

  /** Whether a file met in a directory is the application map, which is read on its own after the inputs. */
  private static boolean sameFile(Path child, Path apps) {
    try {
      return apps != null && Files.exists(apps) && Files.isSameFile(child, apps);
    } catch (IOException e) {
      return false;
    }
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
}
