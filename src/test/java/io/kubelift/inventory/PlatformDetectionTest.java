package io.kubelift.inventory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import io.kubelift.model.InputFile;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Each platform file is recognised from its first bytes by exactly one reader, and --input-format overrides. */
class PlatformDetectionTest {

  static Stream<Arguments> files() {
    List<Arguments> out = new ArrayList<>();
    VirtCorpus.files("libvirt", "").forEach(p -> out.add(Arguments.of("libvirt", p)));
    VirtCorpus.files("ovf", "").forEach(p -> out.add(Arguments.of("ovf", p)));
    VirtCorpus.files("vmx", "").forEach(p -> out.add(Arguments.of("vmx", p)));
    VirtCorpus.files("proxmox", "").forEach(p -> out.add(Arguments.of("proxmox", p)));
    VirtCorpus.files("ovirt-api", ".xml").forEach(p -> out.add(Arguments.of("ovirt-api", p)));
    for (String[] f : new String[][] {{"libvirt", "fixtures/libvirt/db-cluster-node1.xml"},
        {"ovf", "fixtures/ovf/ovirt-export.ovf"}, {"vmx", "fixtures/vmx/broken.vmx"},
        {"proxmox", "fixtures/proxmox/9000.conf"}, {"ovirt-api", "fixtures/ovirt/vms.xml"}}) {
      out.add(Arguments.of(f[0], Path.of(f[1])));
    }
    return out.stream();
  }

  @ParameterizedTest(name = "{1}")
  @MethodSource("files")
  void exactly_one_reader_claims_the_file(String format, Path file) throws IOException {
    byte[] head;
    try (InputStream in = Files.newInputStream(file)) {
      head = in.readNBytes(8192);
    }
    List<String> claims = new ArrayList<>();
    for (InventoryReader r : InventoryReaders.standard().all()) {
      if (r.canRead(file, head)) {
        claims.add(r.id());
      }
    }
    assertThat(claims).containsExactly(format);
  }

  @Test
  void input_format_overrides_detection() {
    Path conf = Path.of("fixtures/proxmox/101.conf");
    InputFile forced = new InventoryLoader(InventoryReaders.standard(), "vmx").load(List.of(conf)).inputs().get(0);
    assertThat(forced.format()).isEqualTo("vmx");
    assertThat(forced.rejected()).extracting("location", "reason").containsExactly(
        tuple(conf + ":3", "not a 'key = \"value\"' line: affinity: 0-3"));
  }
}
