package io.kubelift.inventory;

import java.nio.file.Path;

/**
 * Reads one inventory format. Implementations keep going past bad records, listing them as rejected, and throw
 * {@link io.kubelift.source.InputException} only when the input as a whole is unusable.
 */
public interface InventoryReader {

  /** The format's name, as accepted by {@code --input-format}. */
  String id();

  /** A one-line description for {@code --help}. */
  String description();

  /**
   * Whether this reader recognises the input, from its name and first bytes.
   *
   * @param path a file, or a directory for formats that span several files
   * @param head up to the first 8 KiB of a file; empty for a directory
   */
  boolean canRead(Path path, byte[] head);

  /**
   * Reads the input.
   *
   * @param path the file or directory
   * @param shownAs the path as the user gave it, for locations
   */
  ReadResult read(Path path, String shownAs);
}
