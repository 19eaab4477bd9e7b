package io.kubelift.inventory;

import static org.assertj.core.api.Assertions.assertThat;

import io.kubelift.model.InputFile;
import io.kubelift.model.Inventory;
import io.kubelift.model.Rejected;
import io.kubelift.model.Vm;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

/**
 * Every file of the third-party corpus in {@code libvirt/}, {@code ovf/}, {@code vmx/}, {@code proxmox/} and the XML
 * of {@code ovirt-api/} is read: it is recognised as its format, and each VM record it holds (counted here
 * independently, from the raw text or a plain DOM) comes out exactly once, assessed with its source location or
 * rejected with a location and a reason.
 */
class VirtCorpusReadTest {

  static Stream<Arguments> corpus() {
    List<Arguments> out = new ArrayList<>();
    VirtCorpus.files("libvirt", ".xml").forEach(p -> out.add(Arguments.of("libvirt", p)));
    VirtCorpus.files("ovf", "").forEach(p -> out.add(Arguments.of("ovf", p)));
    VirtCorpus.files("vmx", ".vmx").forEach(p -> out.add(Arguments.of("vmx", p)));
    VirtCorpus.files("proxmox", ".conf").forEach(p -> out.add(Arguments.of("proxmox", p)));
    VirtCorpus.files("ovirt-api", ".xml").forEach(p -> out.add(Arguments.of("ovirt-api", p)));
    return out.stream();
  }

  @ParameterizedTest(name = "{1}")
  @MethodSource("corpus")
  void every_vm_of_the_file_appears_once_assessed_or_rejected(String format, Path file) throws Exception {
    Inventory inv = VirtCorpus.load(file);
    InputFile input = inv.inputs().get(0);
    assertThat(inv.inputs()).hasSize(1);
    assertThat(input.format()).isEqualTo(format);
    int expected = expectedRecords(format, file);
    assertThat(input.records()).as("VM records in %s", file).isEqualTo(expected);
    for (Vm vm : inv.vms()) {
      assertThat(vm.source().file()).isEqualTo(file.toString());
      assertThat(vm.source().line()).as("line of %s", vm.name()).isPositive();
    }
    for (Rejected r : input.rejected()) {
      assertThat(r.location()).startsWith(file.toString());
      assertThat(r.reason()).isNotBlank();
    }
    if (expected == 0) {
      assertThat(inv.vms()).isEmpty();
      assertThat(input.rejected()).as("a file without VMs says why").hasSize(1);
    } else {
      assertThat(inv.vms().size() + input.rejected().size()).as("assessed + rejected").isEqualTo(expected);
    }
  }

  @Test
  void corpus_folders_read_as_directories() {
    assertThat(totals("libvirt")).containsExactly(45, 53, 45, 8);
    assertThat(totals("ovf")).containsExactly(40, 43, 43, 0);
    assertThat(totals("vmx")).containsExactly(23, 23, 23, 0);
    assertThat(totals("proxmox")).containsExactly(20, 20, 19, 1);
    // 6 XML files (3 templates and 3 bare disk/NIC collections reported) and 3 VDSM JSON files no reader claims
    assertThat(totals("ovirt-api")).containsExactly(9, 7, 4, 9);
    assertThat(VirtCorpus.load(VirtCorpus.ROOT.resolve("ovirt-api")).inputs()).filteredOn(i -> i.path().endsWith(
        ".json")).extracting(InputFile::format).containsOnly("unrecognised");
  }

  /** Files, VM records, VM records assessed (alone or merged), rejections (records rejected plus files reported as holding no VM). */
  private static List<Integer> totals(String folder) {
    Inventory inv = VirtCorpus.load(VirtCorpus.ROOT.resolve(folder));
    int records = inv.inputs().stream().mapToInt(InputFile::records).sum();
    int rejected = inv.inputs().stream().mapToInt(i -> i.rejected().size()).sum();
    // Records of the same domain (same UUID) in several files merge into one VM that names every source.
    int assessed = inv.vms().stream().mapToInt(vm -> io.kubelift.model.Provenance.sources(vm).size()).sum();
    return List.of(inv.inputs().size(), records, assessed, rejected);
  }

  /** VM records counted without the readers: start tags in the raw text, or the children of a plain DOM. */
  private static int expectedRecords(String format, Path file) throws Exception {
    String text = java.nio.file.Files.readString(file);
    switch (format) {
      case "libvirt":
        return count(text, "<domain[\\s>]");
      case "ovf":
        return count(text, "<(ovf:)?VirtualSystem[\\s>]") + count(text, "<Content [^>]*VirtualSystem_Type");
      case "ovirt-api":
        return ovirtRecords(file);
      default:
        return 1;
    }
  }

  private static int ovirtRecords(Path file) throws Exception {
    Element root = DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(file.toFile())
        .getDocumentElement();
    if (root.getTagName().matches("vm|template")) {
      return 1;
    }
    int n = 0;
    for (Node c = root.getFirstChild(); c != null; c = c.getNextSibling()) {
      n += c instanceof Element && ((Element) c).getTagName().matches("vm|template") ? 1 : 0;
    }
    return n;
  }

  private static int count(String text, String regex) {
    return (int) java.util.regex.Pattern.compile(regex).matcher(text).results().count();
  }
}
