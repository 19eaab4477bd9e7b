package io.kubelift.inventory.rvtools;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.kubelift.inventory.Corpus;
import io.kubelift.inventory.ReadResult;
import io.kubelift.model.Disk;
import io.kubelift.model.Nic;
import io.kubelift.model.Provenance;
import io.kubelift.model.Vm;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Every RVTools workbook of the shared corpus: each vInfo row comes out exactly once, as a VM or as a rejected
 * record, and facts looked up in the files by hand come out as the files say.
 */
class RvtoolsCorpusTest {
  static final String SIZING = "rvtools/ibm-rvtools-to-ibm-cloud__SizingWorkshop-RVTools.xlsx";
  static final String SMALL = "rvtools/ibm-rvtools-to-ibm-cloud__rvtools-small-complete.xlsx";
  static final String EXAMPLE1 = "rvtools/kubev2v-migration-planner__example1.xlsx";

  static Map<String, Vm> read(String file) {
    Path p = Corpus.file(file);
    ReadResult r = new RvtoolsXlsxReader().read(p, p.toString());
    Map<String, Vm> out = new TreeMap<>();
    r.vms().forEach(v -> out.put(v.name(), v));
    return out;
  }

  /** The vInfo rows with a VM name, "vInfo:row" to name, read with POI's ordinary (non-streaming) API. */
  static Map<String, String> vinfoRows(Path p) throws IOException {
    Map<String, String> out = new TreeMap<>();
    try (XSSFWorkbook wb = new XSSFWorkbook(p.toFile())) {
      Sheet s = wb.getSheet("vInfo");
      DataFormatter f = new DataFormatter();
      for (Row row : s) {
        String name = row.getCell(0) == null ? "" : f.formatCellValue(row.getCell(0)).strip();
        if (row.getRowNum() > 0 && !name.isEmpty()) {
          out.put("vInfo:" + (row.getRowNum() + 1), name);
        }
      }
    } catch (org.apache.poi.openxml4j.exceptions.InvalidFormatException e) {
      throw new IOException(e);
    }
    return out;
  }

  @ParameterizedTest
  @ValueSource(strings = {SIZING, SMALL, EXAMPLE1})
  void every_vinfo_row_comes_out_once_assessed_or_rejected(String file) throws IOException {
    Path p = Corpus.file(file);
    Map<String, String> expected = vinfoRows(p);
    JsonNode doc = Corpus.assess(List.of(p), null);
    List<String> seen = new ArrayList<>();
    for (JsonNode v : doc.path("vms")) {
      String row = v.path("source").asText().substring(p.toString().length() + 1);
      assertThat(expected.get(row)).as(row).isEqualTo(v.path("name").asText());
      seen.add(row);
    }
    for (JsonNode r : doc.path("inputs").get(0).path("rejected")) {
      String row = r.path("location").asText().substring(p.toString().length() + 1);
      if (row.startsWith("vInfo:")) {
        assertThat(r.path("reason").asText()).contains(expected.get(row));
        seen.add(row);
      }
    }
    assertThat(seen).doesNotHaveDuplicates().containsExactlyInAnyOrderElementsOf(expected.keySet());
    assertThat(doc.path("inputs").get(0).path("records").asInt()).isEqualTo(expected.size());
  }

  @Test
  void sizing_workshop_2018_export_with_old_column_names() {
    Map<String, Vm> vms = read(SIZING);
    assertThat(vms).hasSize(795);
    Vm wadfs1 = vms.get("wadfs1");
    assertThat(wadfs1.cpus()).isEqualTo(1);
    assertThat(wadfs1.memoryMiB()).isEqualTo(4096L);
    assertThat(wadfs1.powerState()).isEqualTo("on");
    assertThat(wadfs1.os().distribution()).isEqualTo("windows-server");
    assertThat(wadfs1.os().version()).isEqualTo("2008 r2");
    assertThat(wadfs1.attributes()).containsEntry("provisionedMiB", "86201").containsEntry("inUseMiB", "62420")
        .containsEntry("cluster", "Cluster1").containsEntry("host", "bovmsp-04.customer.com");
    Nic nic = wadfs1.nics().get(0);
    assertThat(nic.model()).isEqualTo("vmxnet3");
    assertThat(nic.addresses()).containsExactly("10.0.0.0");
    assertThat(nic.network()).as("the export leaves the network blank").isNull();
    assertThat(wadfs1.disks()).as("no vDisk tab: one disk known by count only").hasSize(1);
    assertThat(wadfs1.disks().get(0).capacityGiB()).isNull();
    Vm win2003 = vms.get("wmaxtest05");
    assertThat(win2003.os().version()).isEqualTo("2003");
    assertThat(win2003.os().arch()).isEqualTo("i686");
    assertThat(vms.get("bolftpdata").os().distribution()).isEqualTo("rhel");
    assertThat(vms.get("bolftpdata").os().version()).isEqualTo("5");
    assertThat(vms.get("lvmbeasm003").os().distribution()).as("VMware Tools know better than the .vmx")
        .isEqualTo("rhel");
  }

  @Test
  void a_vm_with_more_nics_than_its_vnetwork_rows_keeps_the_count_and_says_so() {
    Vm vm = read(SIZING).get("wsqltest510a");
    assertThat(vm.nics()).hasSize(2);
    assertThat(vm.nics().get(1).model()).isNull();
    assertThat(Provenance.notes(vm)).anyMatch(n -> n.contains("vInfo counts 2 NICs, vNetwork lists 1"));
  }

  @Test
  void small_complete_sample_uses_snapshot_tools_cd_and_usb_tabs() {
    Map<String, Vm> vms = read(SMALL);
    assertThat(vms).containsOnlyKeys("sample-web-01", "sample-db-01", "sample-archive-01");
    Vm db = vms.get("sample-db-01");
    assertThat(db.firmware().type()).isEqualTo("uefi");
    assertThat(db.snapshots()).isEqualTo(1);
    assertThat(db.nics()).extracting(Nic::network).containsExactly("sample-db-net", "sample-backup-net");
    assertThat(db.disks()).extracting(Disk::capacityGiB).containsExactly(100.0, 220.0);
    assertThat(db.guestAgent()).isTrue();
    Vm web = vms.get("sample-web-01");
    assertThat(web.firmware().type()).isEqualTo("bios");
    assertThat(web.firmware().secureBoot()).as("BIOS cannot secure-boot").isFalse();
    assertThat(web.snapshots()).isZero();
    assertThat(web.devices()).as("a USB controller alone ties the VM to nothing").isNull();
    assertThat(web.attributes()).containsEntry("cdrom.CD/DVD drive 1", "client device");
    assertThat(web.disks()).extracting(Disk::format).doesNotContain("iso");
    assertThat(vms.get("sample-archive-01").powerState()).isEqualTo("off");
  }

  @Test
  void example1_joins_tabs_by_vm_id_not_by_the_anonymised_names() {
    Map<String, Vm> vms = read(EXAMPLE1);
    assertThat(vms).hasSize(9);
    assertThat(vms.get("vm-2").disks()).as("vInfo says 0 disks; the vDisk row named vm-2 has vm-3's VM ID")
        .isEmpty();
    assertThat(vms.get("vm-3").disks()).extracting(Disk::capacityGiB).containsExactly(512.0);
    assertThat(vms.get("vm-8").disks()).extracting(Disk::name).containsExactly("Hard disk 1", "Hard disk 2");
    Disk d = vms.get("vm-1").disks().get(0);
    assertThat(d.capacityGiB()).isEqualTo(101.0);
    assertThat(d.bus()).isEqualTo("scsi");
    assertThat(d.provisioning()).isEqualTo("thin");
    assertThat(d.format()).isEqualTo("vmdk");
    assertThat(d.shared()).isFalse();
    assertThat(d.rawLun()).isFalse();
    assertThat(d.independent()).isFalse();
  }

  @Test
  void example1_firmware_secure_boot_and_the_mostly_blank_row() {
    Map<String, Vm> vms = read(EXAMPLE1);
    assertThat(vms.get("vm-4").firmware().type()).isEqualTo("uefi");
    assertThat(vms.get("vm-4").firmware().secureBoot()).isTrue();
    assertThat(vms.get("vm-1").firmware().secureBoot()).isFalse();
    assertThat(vms.get("vm-2").firmware().type()).isEqualTo("bios");
    assertThat(vms.get("vm-3").os().distribution()).isEqualTo("debian");
    assertThat(vms.get("vm-3").os().version()).as("from VMware Tools").isEqualTo("9");
    assertThat(vms.get("vm-1").platform()).containsEntry("faultTolerance", false).doesNotContainKey("ha");
    Vm blank = vms.get("vm-9");
    assertThat(blank.powerState()).isEqualTo("on");
    assertThat(blank.cpus()).isNull();
    assertThat(blank.nics()).as("no vNetwork tab, no NIC count").isNull();
    assertThat(blank.disks()).as("its disk joins by name: vm-9 has no VM ID in vInfo").hasSize(1);
  }
}
