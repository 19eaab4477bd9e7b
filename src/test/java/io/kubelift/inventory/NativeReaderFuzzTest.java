package io.kubelift.inventory;

import static org.assertj.core.api.Assertions.assertThat;

import io.kubelift.source.InputException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Seeded random mutations of the seed inventories (flipped bytes, cut lines, duplicated lines) for the native
 * reader: each either reads, with every VM record accounted for, or is refused with file and line; nothing else
 * escapes. Longer campaigns: {@code -Dkubelift.fuzz.cases=N}.
 */
class NativeReaderFuzzTest {
  private static final List<String> SEEDS = List.of("monolithic", "three-tier", "ha-shared-disk",
      "ha-shared-nothing", "ha-active-active");
  @TempDir Path dir;

  static Stream<Long> seeds() {
    int n = Integer.getInteger("kubelift.fuzz.cases", 300);
    return IntStream.range(0, n).mapToObj(i -> 0xBADL * 13 + i);
  }

  @ParameterizedTest
  @MethodSource("seeds")
  void reads_or_refuses_with_a_location(long seed) throws IOException {
    Random rnd = new Random(seed);
    String name = SEEDS.get(rnd.nextInt(SEEDS.size()));
    List<String> lines = new java.util.ArrayList<>(Files.readAllLines(Path.of("fixtures/seed/" + name + ".yaml")));
    int edits = 1 + rnd.nextInt(3);
    for (int e = 0; e < edits; e++) {
      int i = rnd.nextInt(lines.size());
      switch (rnd.nextInt(4)) {
        case 0:
          lines.remove(i);
          break;
        case 1:
          lines.add(i, lines.get(i));
          break;
        case 2:
          String l = lines.get(i);
          lines.set(i, l.substring(0, rnd.nextInt(l.length() + 1)));
          break;
        default:
          char[] c = lines.get(i).toCharArray();
          if (c.length > 0) {
            c[rnd.nextInt(c.length)] = "{}[]:,-'\"&*!|>#\t".charAt(rnd.nextInt(16));
          }
          lines.set(i, new String(c));
      }
    }
    Path f = dir.resolve(name + ".yaml");
    Files.write(f, lines);
    try {
      ReadResult r = new NativeInventoryReader().read(f, f.toString());
      assertThat(r.vms().size() + r.rejected().size()).isEqualTo(r.records());
      r.vms().forEach(v -> assertThat(v.source().line()).isPositive());
    } catch (InputException e) {
      assertThat(e.file()).isEqualTo(f.toString());
      assertThat(e.reason()).isNotBlank();
    }
  }
}
