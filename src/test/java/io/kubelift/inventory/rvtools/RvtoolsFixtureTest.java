package io.kubelift.inventory.rvtools;

import static org.assertj.core.api.Assertions.assertThat;

import io.kubelift.inventory.ReadResult;
import io.kubelift.inventory.text.CsvInput;
import io.kubelift.model.Device;
import io.kubelift.model.Disk;
import io.kubelift.model.Nic;
import io.kubelift.model.Provenance;
import io.kubelift.model.SourceRef;
import io.kubelift.model.Vm;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The project's own RVTools export (fixtures/rvtools/export): each trait read as its columns mean. */
class RvtoolsFixtureTest {
  static final Path INFO = Path.of("fixtures/rvtools/export/RVTools_tabvInfo.csv");
  @TempDir Path tmp;

  static ReadResult readCsv() {
    return new RvtoolsCsvReader().read(INFO, INFO.toString());
  }

  static Map<String, Vm> byName(ReadResult r) {
    Map<String, Vm> out = new TreeMap<>();
    r.vms().forEach(v -> out.putIfAbsent(v.name(), v));
    return out;
  }

  @Test
  void the_export_is_recognised_by_name_and_header_and_the_template_is_rejected() throws IOException {
    assertThat(new RvtoolsCsvReader().canRead(INFO, Files.readAllBytes(INFO))).isTrue();
    ReadResult r = readCsv();
    assertThat(r.records()).isEqualTo(16);
    assertThat(r.vms()).hasSize(15);
    assertThat(r.rejected()).singleElement().satisfies(j -> {
      assertThat(j.location()).isEqualTo(INFO + ":17");
      assertThat(j.reason()).contains("'tpl-rhel8' is a template");
    });
  }

  @Test
  void multi_writer_vmdks_are_shared_independent_thick_vmdk() {
    Vm rac = byName(readCsv()).get("ora-rac01");
    Disk asm = rac.disks().get(1);
    assertThat(asm.name()).isEqualTo("Hard disk 2");
    assertThat(asm.shared()).isTrue();
    assertThat(asm.independent()).isTrue();
    assertThat(asm.format()).isEqualTo("vmdk");
    assertThat(asm.provisioning()).isEqualTo("thick");
    assertThat(asm.capacityGiB()).isEqualTo(200.0);
    assertThat(asm.path()).isEqualTo("[ds-ora-asm] ora-rac01/ora-rac01_1.vmdk");
    assertThat(rac.disks().get(0).shared()).isFalse();
  }

  @Test
  void physical_rdms_on_a_shared_bus_are_shared_raw_luns_and_say_their_mode() {
    Vm sql = byName(readCsv()).get("fin-sql01");
    Disk quorum = sql.disks().get(1);
    assertThat(quorum.rawLun()).isTrue();
    assertThat(quorum.format()).as("an RDM's data is the LUN itself").isEqualTo("raw");
    assertThat(quorum.shared()).as("Shared Bus physicalSharing").isTrue();
    assertThat(quorum.provisioning()).isNull();
    assertThat(sql.attributes()).containsEntry("rdm.Hard disk 2",
        "physicalMode, LUN naa.6000d31000a2b4000000000000000041");
    Vm nt = byName(readCsv()).get("legacy-nt01");
    assertThat(nt.disks().get(1).rawLun()).isTrue();
    assertThat(nt.disks().get(1).shared()).isFalse();
    assertThat(nt.attributes().get("rdm.Hard disk 2")).startsWith("virtualMode");
    assertThat(nt.disks().get(0).bus()).as("BusLogic Parallel is SCSI").isEqualTo("scsi");
  }

  @Test
  void sriov_adapters_are_sriov_and_direct_path_io_is_kept_as_an_attribute() {
    Vm fw = byName(readCsv()).get("fw-edge01");
    assertThat(fw.nics()).extracting(Nic::model).containsExactly("vmxnet3", "sriov", "sriov", "vmxnet3");
    assertThat(fw.nics()).extracting(Nic::sriov).containsExactly(false, true, true, false);
    assertThat(fw.attributes()).containsEntry("directPathIO.Network adapter 4", "True");
    assertThat(fw.kernel().host().dedicatedCpus()).as("Latency Sensitivity high").isTrue();
    assertThat(fw.guestAgent()).as("toolsNotInstalled").isFalse();
  }

  @Test
  void usb_passthrough_snapshots_iso_and_nonpersistent_disks() {
    Map<String, Vm> vms = byName(readCsv());
    List<Device> lic = vms.get("lic01").devices();
    assertThat(lic.get(0).type()).isEqualTo("usb");
    assertThat(lic.get(0).passthrough()).isTrue();
    assertThat(lic.get(0).description()).contains("HASP HL");
    assertThat(lic.get(1).type()).as("PCI devices are not in RVTools: unknown").isNull();
    Vm build = vms.get("build01");
    assertThat(build.snapshots()).isEqualTo(3);
    assertThat(build.disks()).extracting(Disk::format).containsExactly("vmdk", "vmdk", "iso");
    assertThat(build.disks().get(2).path()).isEqualTo("[ds-iso01] iso/ubuntu-22.04.4-live-server-amd64.iso");
    assertThat(build.disks().get(1).independent()).isTrue();
    assertThat(build.attributes()).containsEntry("diskMode.Hard disk 2", "independent_nonpersistent")
        .containsEntry("guestFreeMiB", "154896");
    assertThat(vms.get("shop-db01").snapshots()).isEqualTo(2);
    assertThat(vms.get("shop-web01").snapshots()).isZero();
    assertThat(vms.get("shop-web01").devices()).as("no USB row: devices unknown, not none").isNull();
  }

  @Test
  void firmware_fault_tolerance_ha_and_several_nics() {
    Map<String, Vm> vms = byName(readCsv());
    Vm web = vms.get("shop-web01");
    assertThat(web.firmware().type()).isEqualTo("uefi");
    assertThat(web.firmware().secureBoot()).isTrue();
    assertThat(web.firmware().tpm()).isNull();
    assertThat(web.platform()).containsEntry("ha", true).containsEntry("faultTolerance", false);
    Vm crm = vms.get("crm-app01");
    assertThat(crm.platform()).containsEntry("faultTolerance", true);
    assertThat(vms.get("fw-edge01").platform()).containsEntry("ha", false);
    Vm rac = vms.get("ora-rac01");
    assertThat(rac.nics()).extracting(Nic::network).containsExactly("VLAN150-ERP", "VLAN151-RAC-Interconnect",
        "VLAN190-Backup");
    assertThat(rac.nics().get(0).addresses()).containsExactly("10.10.150.51", "10.10.150.61");
    assertThat(rac.nics().get(0).mac()).isEqualTo("00:50:56:9a:15:01");
    assertThat(rac.nics().get(0).staticIp()).as("RVTools cannot tell").isNull();
    assertThat(rac.attributes()).containsEntry("custom.Application", "erp").containsEntry("folder",
        "/DC1/vm/Prod/erp").containsEntry("dnsName", "ora-rac01.corp.example");
    assertThat(vms.get("legacy-nt01").guestAgent()).as("off: whether Tools would run is unknown").isNull();
    assertThat(vms.get("legacy-nt01").nics().get(0).connected()).isFalse();
  }

  @Test
  void two_vms_of_the_same_name_stay_two_and_each_is_flagged() {
    List<Vm> jumps = readCsv().vms().stream().filter(v -> v.name().equals("jump01")).toList();
    assertThat(jumps).hasSize(2);
    assertThat(jumps).extracting(v -> v.attributes().get("datacenter")).containsExactly("DC1", "DC2");
    assertThat(jumps.get(1).nics().get(0).network()).as("joined by VM ID, not by the shared name")
        .isEqualTo("VLAN510-Infra-DR");
    assertThat(Provenance.notes(jumps.get(0))).singleElement().asString().contains(INFO + ":15");
  }

  @Test
  void the_same_export_as_a_workbook_reads_the_same() throws IOException {
    Path xlsx = tmp.resolve("RVTools_export_all.xlsx");
    toWorkbook(INFO.getParent(), xlsx);
    ReadResult fromXlsx = new RvtoolsXlsxReader().read(xlsx, "book.xlsx");
    ReadResult fromCsv = readCsv();
    assertThat(withoutSources(fromXlsx.vms())).isEqualTo(withoutSources(fromCsv.vms()));
    assertThat(fromXlsx.vms().get(0).source()).isEqualTo(new SourceRef("book.xlsx", 0, "vInfo:2"));
    assertThat(fromXlsx.rejected()).singleElement().satisfies(j -> assertThat(j.location())
        .isEqualTo("book.xlsx:vInfo:17"));
  }

  /** Writes every RVTools_tab*.csv of a directory as a sheet, all cells text, as RVTools' own CSVs read back. */
  static void toWorkbook(Path dir, Path xlsx) throws IOException {
    try (XSSFWorkbook wb = new XSSFWorkbook(); Stream<Path> files = Files.list(dir)) {
      for (Path f : files.sorted().toList()) {
        Sheet sheet = wb.createSheet(CsvTabs.tabOf(f.getFileName().toString()).equals("vinfo") ? "vInfo"
            : f.getFileName().toString().replaceAll("^RVTools_tab|\\.csv$", ""));
        try (CsvInput in = CsvInput.open(f, f.toString())) {
          int r = 0;
          for (String[] cells = in.next(); cells != null; cells = in.next()) {
            Row row = sheet.createRow(r++);
            for (int c = 0; c < cells.length; c++) {
              if (!cells[c].isEmpty()) {
                row.createCell(c).setCellValue(cells[c]);
              }
            }
          }
        }
      }
      try (OutputStream out = Files.newOutputStream(xlsx)) {
        wb.write(out);
      }
    }
  }

  /** The VMs as text, with every location (in sources and notes) reduced to its row number. */
  static List<String> withoutSources(List<Vm> vms) {
    List<String> out = new ArrayList<>();
    for (Vm v : vms) {
      out.add(v.withSource(null).toString().replaceAll("[^\\s(]+:(vInfo:)?(\\d+)", "#$2"));
    }
    return out;
  }
}
