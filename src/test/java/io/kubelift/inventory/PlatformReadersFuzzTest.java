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
 * Seeded random damage to platform files (lines dropped, doubled or cut, characters replaced): each reader either
 * refuses the file with an {@link InputException} or accounts for every record it saw, never anything else. Run
 * more cases with {@code -Dkubelift.fuzz.cases=N}.
 */
class PlatformReadersFuzzTest {
  private static final String[] SEEDS = {"fixtures/libvirt/db-cluster-node1.xml", "fixtures/libvirt/legacy-hosts.xml",
      "fixtures/ovf/erp-vapp.ovf", "fixtures/ovf/ovirt-export.ovf", "fixtures/vmx/fileserver/fileserver.vmx",
      "fixtures/proxmox/101.conf", "fixtures/ovirt/billing02-follow.xml", "fixtures/ovirt/vms.xml"};
  @TempDir Path tmp;

  static Stream<Arguments> cases() {
    List<Arguments> out = new ArrayList<>();
    for (String seed : SEEDS) {
      for (int i = 0; i < Damage.CASES; i++) {
        out.add(Arguments.of(seed, 1000L * seed.hashCode() + i));
      }
    }
    return out.stream();
  }

  @ParameterizedTest(name = "{0} #{1}")
  @MethodSource("cases")
  void damaged_files_are_refused_or_fully_accounted_for(String seed, long randomSeed) throws IOException {
    Path original = Path.of(seed);
    InventoryReader reader = reader(original);
    Path damaged = tmp.resolve(original.getFileName());
    Files.writeString(damaged, Damage.of(Files.readString(original), new Random(randomSeed)), StandardCharsets.UTF_8);
    try {
      ReadResult r = reader.read(damaged, damaged.toString());
      assertThat(r.vms().size() + r.rejected().size()).isGreaterThanOrEqualTo(r.records());
      r.vms().forEach(vm -> assertThat(vm.source().file()).isEqualTo(damaged.toString()));
      r.rejected().forEach(x -> assertThat(x.reason()).isNotBlank());
    } catch (InputException e) {
      assertThat(e.getMessage()).startsWith(damaged.toString()).doesNotContain("\n");
    }
  }

  private static InventoryReader reader(Path p) throws IOException {
    byte[] head = Files.readAllBytes(p);
    for (InventoryReader r : InventoryReaders.standard().all()) {
      if (r.canRead(p, head)) {
        return r;
      }
    }
    throw new AssertionError("no reader for " + p);
  }
}
