package io.kubelift.inventory;

import io.kubelift.model.Inventory;
import io.kubelift.model.Vm;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/** The third-party corpus under {@code ../shared/corpus/} and helpers to read its files and the fixtures. */
final class VirtCorpus {
  static final Path ROOT = Path.of(System.getProperty("kubelift.shared", "../shared"), "corpus");

  private VirtCorpus() {}

  /** Every file of a corpus folder, sorted, optionally only those with the given suffix. */
  static List<Path> files(String folder, String suffix) {
    try (Stream<Path> s = Files.list(ROOT.resolve(folder))) {
      return s.filter(Files::isRegularFile).filter(p -> p.toString().endsWith(suffix)).sorted().toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** A corpus file by folder and name. */
  static Path file(String folder, String name) {
    return ROOT.resolve(folder).resolve(name);
  }

  /** Reads inputs as {@code assess} does: detected format, loader, applications resolved. */
  static Inventory load(Path... inputs) {
    return new InventoryLoader(InventoryReaders.standard(), null).load(List.of(inputs));
  }

  /** The one VM of that name read from the inputs. */
  static Vm vm(String name, Path... inputs) {
    List<Vm> found = load(inputs).vms().stream().filter(v -> v.name().equals(name)).toList();
    if (found.size() != 1) {
      throw new AssertionError("expected one VM '" + name + "', found " + found.size());
    }
    return found.get(0);
  }
}
