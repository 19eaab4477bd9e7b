package io.kubelift.inventory;

import static org.assertj.core.api.Assertions.assertThat;

import io.kubelift.source.InputException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Seeded random damage (see {@link Damage}) to the inputs the platform fuzz test leaves out — Ansible facts (setup
 * output, fact cache, tree), application maps (YAML and CSV) and the flat CSV — each read by its own reader: the
 * file is refused with one {@link InputException} line naming it, or every record it saw is accounted for, accepted
 * or rejected with a location in the file and a reason. Nothing else escapes. Longer campaigns:
 * {@code -Dkubelift.fuzz.cases=N}.
 */
class DataReadersFuzzTest {
  private static final String[][] SEEDS = {
    {"ansible", "fixtures/ansible/setup-output.txt"}, {"ansible", "fixtures/ansible/fact-cache/shop-db01"},
    {"ansible", "fixtures/ansible/tree/shop-web01"}, {"apps", "fixtures/apps/datacenter1.yaml"},
    {"apps", "fixtures/apps/datacenter1.csv"}, {"apps", "fixtures/estate/apps.yaml"},
    {"csv", "fixtures/csv/branch-offices.csv"}};
  @TempDir Path tmp;

  static Stream<Arguments> cases() {
    List<Arguments> out = new ArrayList<>();
    for (String[] seed : SEEDS) {
      for (int i = 0; i < Damage.CASES; i++) {
        out.add(Arguments.of(seed[0], seed[1], 7919L * seed[1].hashCode() + i));
      }
    }
    return out.stream();
  }

  @ParameterizedTest(name = "{0} {1} #{2}")
  @MethodSource("cases")
  void damaged_files_are_refused_or_fully_accounted_for(String format, String seed, long randomSeed)
      throws IOException {
    Path original = Path.of(seed);
    Path damaged = tmp.resolve(original.getFileName());
    Files.writeString(damaged, Damage.of(Files.readString(original), new Random(randomSeed)), StandardCharsets.UTF_8);
    InventoryReader reader = format.equals("apps") ? ApplicationMapReader.INSTANCE
        : InventoryReaders.standard().byId(format);
    String shownAs = damaged.toString();
    try {
      ReadResult r = reader.read(damaged, shownAs);
      assertThat(r.vms().size() + r.guestFacts().size() + r.rejected().size()).isGreaterThanOrEqualTo(r.records());
      r.vms().forEach(vm -> assertThat(vm.source().file()).isEqualTo(shownAs));
      r.rejected().forEach(x -> {
        assertThat(x.location()).startsWith(shownAs);
        assertThat(x.reason()).isNotBlank();
      });
    } catch (InputException e) {
      assertThat(e.getMessage()).startsWith(shownAs).doesNotContain("\n");
    }
  }
}
