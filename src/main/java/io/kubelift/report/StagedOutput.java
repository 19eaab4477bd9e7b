package io.kubelift.report;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/**
 * A staging directory inside an output directory. Every report is rendered into it; only when all renderers have
 * succeeded are the files moved into the output directory, each by an atomic rename. A renderer that fails part-way
 * (a broken user template, a full disk) therefore leaves the previous reports exactly as they were. The stage lives
 * inside the output directory so that the renames stay on one file system; {@link #close()} removes it whatever
 * happened.
 */
public final class StagedOutput implements AutoCloseable {
  /** Prefix of the staging directory's name; a dot file, so directory listings and inputs skip it. */
  static final String PREFIX = ".kubelift-staging-";
  private final Path out;
  private final Path stage;

  private StagedOutput(Path out, Path stage) {
    this.out = out;
    this.stage = stage;
  }

  /** Creates the output directory if needed and a fresh staging directory inside it. */
  public static StagedOutput open(Path out) throws IOException {
    Files.createDirectories(out);
    return new StagedOutput(out, Files.createTempDirectory(out, PREFIX));
  }

  /** Where renderers write. */
  public Path dir() {
    return stage;
  }

  /** Where a file written under {@link #dir()} ends up after {@link #commit()}. */
  public Path target(Path staged) {
    return out.resolve(stage.relativize(staged));
  }

  /** Moves every staged file into the output directory, each atomically where the file system allows. */
  public void commit() throws IOException {
    for (Path f : files()) {
      Path target = target(f);
      Files.createDirectories(target.getParent());
      try {
        Files.move(f, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
      } catch (AtomicMoveNotSupportedException e) {
        Files.move(f, target, StandardCopyOption.REPLACE_EXISTING);
      }
    }
  }

  private List<Path> files() throws IOException {
    try (Stream<Path> s = Files.walk(stage)) {
      return s.filter(Files::isRegularFile).sorted().toList();
    }
  }

  /** Removes the staging directory and whatever is left in it. */
  @Override
  public void close() {
    try (Stream<Path> s = Files.walk(stage)) {
      for (Path p : s.sorted(Comparator.reverseOrder()).toList()) {
        Files.deleteIfExists(p);
      }
    } catch (IOException | UncheckedIOException e) {
      // best effort: a leftover dot directory loses no report, and the error that matters is already on its way
    }
  }
}
