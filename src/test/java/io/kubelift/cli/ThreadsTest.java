package io.kubelift.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.kubelift.synthetic.SyntheticEstate;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Evaluating VMs on many threads changes nothing in any report, byte for byte. */
class ThreadsTest {
  @TempDir Path tmp;

  @Test
  void one_thread_and_four_threads_write_the_same_bytes_in_every_format() throws IOException {
    Path estate = tmp.resolve("estate");
    Path rvtools = SyntheticEstate.writeCsv(estate, 1_500, 11);
    Path one = run(rvtools, estate.resolve(SyntheticEstate.APPS), "1");
    Path four = run(rvtools, estate.resolve(SyntheticEstate.APPS), "4");
    List<Path> files = files(one);
    assertThat(files).contains(Path.of("assessment.json"), Path.of("index.html"), Path.of("report.md"),
        Path.of("report.pdf"), Path.of("vms.csv"), Path.of("findings.csv"));
    assertThat(files(four)).isEqualTo(files);
    for (Path f : files) {
      assertThat(Files.readAllBytes(four.resolve(f))).as(f.toString()).isEqualTo(Files.readAllBytes(one.resolve(f)));
    }
  }

  private Path run(Path rvtools, Path apps, String threads) {
    Path out = tmp.resolve("threads-" + threads);
    CliRunner.Result r = CliRunner.run("assess", "--quiet", "--threads", threads, "--format", "json,html,md,pdf,csv",
        "--apps", apps.toString(), "--out", out.toString(), rvtools.toString());
    assertThat(r.code()).as(r.err()).isZero();
    return out;
  }

  private static List<Path> files(Path dir) throws IOException {
    try (Stream<Path> s = Files.walk(dir)) {
      return s.filter(Files::isRegularFile).map(dir::relativize).sorted().toList();
    }
  }
}
