package io.kubelift.hostile;

import static org.assertj.core.api.Assertions.assertThat;

import io.kubelift.cli.CliRunner;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Hostile XML for the libvirt, OVF and oVirt readers, run under -Xmx256m with the other hostile inputs: a DOCTYPE is
 * refused before any entity is resolved, so neither a local file's content nor an entity expansion reaches anything.
 */
class HostileXmlTest {
  private static final String DIR = HostileInputTest.DIR;
  private static final String CANARY = "KUBELIFT-XXE-CANARY-7d3f91";
  private static final String REFUSED =
      "XML with a DOCTYPE is refused: DTDs and entities can read local files or expand without bound";
  @TempDir Path out;

  @Test
  void xxe_in_a_libvirt_domain_is_refused_and_leaks_nothing() throws IOException {
    CliRunner.Result r = CliRunner.run("assess", "--out", out.toString(), DIR + "xml-xxe-domain.xml");
    assertThat(r.code()).isEqualTo(2);
    assertThat(r.err().strip()).isEqualTo("kubelift: error: " + DIR + "xml-xxe-domain.xml:2: " + REFUSED);
    assertNothingLeaked(r);
  }

  @Test
  void xxe_in_an_ovf_envelope_is_refused_and_leaks_nothing() throws IOException {
    CliRunner.Result r = CliRunner.run("assess", "--debug", "--out", out.toString(), DIR + "xml-xxe-envelope.ovf");
    assertThat(r.code()).isEqualTo(2);
    assertThat(r.err()).contains(DIR + "xml-xxe-envelope.ovf:").contains(REFUSED);
    assertThat(r.err()).doesNotContain("root:x:0:0"); // even the --debug trace holds no /etc/passwd line
    assertNothingLeaked(r);
  }

  @Test
  void billion_laughs_is_refused_at_once() {
    long start = System.nanoTime();
    CliRunner.Result r = CliRunner.run("assess", "--out", out.toString(), DIR + "xml-billion-laughs.ovf");
    assertThat(r.code()).isEqualTo(2);
    assertThat(r.err().strip()).startsWith("kubelift: error: " + DIR + "xml-billion-laughs.ovf:").endsWith(REFUSED);
    assertThat(r.err()).doesNotContain("lollol");
    assertThat((System.nanoTime() - start) / 1_000_000).as("milliseconds").isLessThan(10_000);
  }

  @Test
  void deep_nesting_is_refused_within_a_small_heap() throws IOException {
    Path deep = out.resolve("deep.xml");
    StringBuilder sb = new StringBuilder("<domain type=\"kvm\"><name>deep</name><metadata>");
    sb.append("<x>".repeat(10_000)).append("</x>".repeat(10_000)).append("</metadata></domain>\n");
    Files.writeString(deep, sb);
    CliRunner.Result r = CliRunner.run("assess", "--out", out.resolve("o").toString(), deep.toString());
    assertThat(r.code()).isEqualTo(2);
    assertThat(r.err().strip()).isEqualTo("kubelift: error: " + deep + ":1: XML nested deeper than 128 elements");
  }

  @Test
  void not_well_formed_xml_names_file_and_line() {
    CliRunner.Result r = CliRunner.run("assess", "--out", out.toString(), DIR + "xml-not-well-formed-domain.xml");
    assertThat(r.code()).isEqualTo(2);
    assertThat(r.err().strip()).startsWith("kubelift: error: " + DIR + "xml-not-well-formed-domain.xml:7: "
        + "not well-formed XML: ");
    assertThat(r.err().strip().lines().count()).isEqualTo(1);
  }

  private void assertNothingLeaked(CliRunner.Result r) throws IOException {
    assertThat(r.out()).doesNotContain(CANARY);
    assertThat(r.err()).doesNotContain(CANARY);
    try (Stream<Path> written = Files.walk(out)) {
      for (Path p : written.filter(Files::isRegularFile).toList()) {
        assertThat(Files.readString(p)).as("%s", p).doesNotContain(CANARY);
      }
    }
  }
}
