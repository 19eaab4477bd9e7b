package io.kubelift.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFileAttributeView;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A report is either written whole or not at all, and with the permissions any new file gets. */
class AtomicFilesTest {
  @TempDir Path dir;

  @Test
  void an_interrupted_write_leaves_the_old_file_and_no_temporary_one() throws IOException {
    Path target = dir.resolve("index.html");
    AtomicFiles.writeString(target, "old");
    assertThatThrownBy(() -> AtomicFiles.write(target, out -> {
      out.write("half a new rep".getBytes(java.nio.charset.StandardCharsets.UTF_8));
      throw new IOException("disk full");
    })).hasMessage("disk full");
    assertThat(Files.readString(target)).isEqualTo("old");
    try (Stream<Path> files = Files.list(dir)) {
      assertThat(files).containsExactly(target);
    }
  }

  @Test
  void the_report_gets_the_permissions_of_any_new_file() throws IOException {
    Path plain = Files.createFile(dir.resolve("plain"));
    Path report = dir.resolve("report.md");
    AtomicFiles.writeString(report, "# report\n");
    assertThat(Files.readString(report)).isEqualTo("# report\n");
    if (Files.getFileAttributeView(plain, PosixFileAttributeView.class) != null) {
      assertThat(Files.getPosixFilePermissions(report)).isEqualTo(Files.getPosixFilePermissions(plain));
    }
  }
}
