package io.kubelift.inventory.csv;

import static org.assertj.core.api.Assertions.assertThat;

import io.kubelift.inventory.ReadResult;
import io.kubelift.model.Device;
import io.kubelift.model.Disk;
import io.kubelift.model.Nic;
import io.kubelift.model.Provenance;
import io.kubelift.model.Vm;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The flat CSV template: the sample in fixtures/csv, and what happens to rows that do not fit it. */
class FlatCsvReaderTest {
  static final Path SAMPLE = Path.of("fixtures/csv/branch-offices.csv");
  @TempDir Path tmp;

  static Map<String, Vm> read(Path p) {
    Map<String, Vm> out = new TreeMap<>();
    new FlatCsvReader().read(p, p.toString()).vms().forEach(v -> out.put(v.name(), v));
    return out;
  }

  ReadResult read(String text) throws IOException {
    Path p = tmp.resolve("vms.csv");
    Files.writeString(p, text);
    return new FlatCsvReader().read(p, "vms.csv");
  }

  @Test
  void the_sample_reads_every_column_it_documents() throws IOException {
    assertThat(new FlatCsvReader().canRead(SAMPLE, Files.readAllBytes(SAMPLE))).isTrue();
    Map<String, Vm> vms = read(SAMPLE);
    assertThat(vms).hasSize(8);
    Vm fs = vms.get("br-fs01");
    assertThat(fs.os().distribution()).isEqualTo("windows-server");
    assertThat(fs.os().version()).isEqualTo("2012 r2");
    assertThat(fs.memoryMiB()).isEqualTo(8192L);
    assertThat(fs.disks()).extracting(Disk::capacityGiB).containsExactly(60.0, 2048.0);
    Disk data = fs.disks().get(1);
    assertThat(data.format()).isEqualTo("vhdx");
    assertThat(data.bus()).isEqualTo("scsi");
    assertThat(data.purpose()).isEqualTo("data");
    assertThat(data.shared()).isFalse();
    assertThat(data.rawLun()).isFalse();
    assertThat(data.independent()).as("not written: unknown").isNull();
    Nic nic = fs.nics().get(0);
    assertThat(nic.network()).isEqualTo("BRANCH-LAN");
    assertThat(nic.model()).isEqualTo("netvsc");
    assertThat(nic.staticIp()).isTrue();
    assertThat(nic.addresses()).containsExactly("10.60.1.10/24");
    assertThat(fs.devices()).as("'none' is known to be empty").isEmpty();
    assertThat(fs.workload().healthCheck().port()).isEqualTo(445);
    assertThat(fs.workload().hardcodedHostnames()).isEmpty();
    assertThat(fs.attributes()).containsEntry("owner", "Branch IT").containsEntry("cost_center", "CC-4100")
        .containsEntry("notes", "SMB shares for the branch offices; quota scripts on D:");
    assertThat(fs.platform()).containsEntry("ha", true);
  }

  @Test
  void devices_health_checks_and_lists_of_host_names() {
    Map<String, Vm> vms = read(SAMPLE);
    Vm scada = vms.get("br-scada01");
    assertThat(scada.devices()).extracting(Device::type).containsExactly("serial", "dongle");
    assertThat(scada.devices().get(1).description()).isEqualTo("WIBU CodeMeter USB licence key");
    assertThat(scada.nics()).extracting(Nic::network).containsExactly("PLANT-OT", "PLANT-OT-2");
    assertThat(scada.workload().hardcodedIps()).containsExactly("192.168.50.1", "192.168.51.1");
    assertThat(scada.os().version()).isEqualTo("7");
    assertThat(scada.os().arch()).isEqualTo("i686");
    Vm web = vms.get("br-web01");
    assertThat(web.workload().healthCheck().type()).isEqualTo("http");
    assertThat(web.workload().healthCheck().path()).isEqualTo("/healthz");
    assertThat(web.workload().replicas()).isEqualTo(2);
    assertThat(web.nics().get(0).staticIp()).isFalse();
    assertThat(vms.get("br-app01").workload().hardcodedHostnames()).containsExactly("br-sql01.branch.example");
    Vm old = vms.get("br-old-nt01");
    assertThat(old.powerState()).isEqualTo("off");
    assertThat(old.nics().get(0).connected()).isFalse();
    assertThat(old.workload()).as("no workload column filled").isNull();
    assertThat(old.application()).isNull();
  }

  @Test
  void direct_boot_and_nic_bindings_are_read_where_written_and_unknown_where_not() throws IOException {
    ReadResult r = read("name,direct_boot,nics\n"
        + "vs01,no,VM Network vmxnet3 binding=bridge; SPAN sriov binding=hostdev\n"
        + "kvm01,yes,br0 virtio\n"
        + "bad01,,dpdk0 virtio binding=dpdk\n");
    Vm vs = r.vms().get(0);
    assertThat(vs.kernel().directBoot()).isFalse();
    assertThat(vs.nics()).extracting(Nic::network, Nic::binding).containsExactly(
        org.assertj.core.api.Assertions.tuple("VM Network", "bridge"),
        org.assertj.core.api.Assertions.tuple("SPAN", "hostdev"));
    Vm kvm = r.vms().get(1);
    assertThat(kvm.kernel().directBoot()).isTrue();
    assertThat(kvm.nics().get(0).binding()).as("not written: unknown").isNull();
    assertThat(r.rejected()).singleElement().satisfies(j -> assertThat(j.reason())
        .contains("'binding=dpdk'").contains("binding=bridge, network"));
  }

  @Test
  void a_row_with_a_value_its_column_cannot_hold_is_rejected_and_the_rest_read() throws IOException {
    ReadResult r = read("name,cpus,disks,firmware\nok1,2,40G,bios\nbad1,four,,\nbad2,1,40 gallons,\n,2,,\n"
        + "bad3,1,,coreboot\nok2,1,,uefi\n");
    assertThat(r.records()).isEqualTo(6);
    assertThat(r.vms()).extracting(Vm::name).containsExactly("ok1", "ok2");
    assertThat(r.rejected()).extracting(j -> j.location() + " " + j.reason()).containsExactly(
        "vms.csv:3 column 'cpus': 'four' is not a number",
        "vms.csv:4 column 'disks': 'gallons' in '40 gallons' is not understood; expected a size (100G), a format, "
            + "a bus, os/data/swap, shared, rdm, independent, thin, thick",
        "vms.csv:5 no VM name in column 'name'",
        "vms.csv:6 column 'firmware': 'coreboot' is not one of bios or uefi");
  }

  @Test
  void two_rows_of_the_same_name_are_two_vms_each_naming_the_other() throws IOException {
    ReadResult r = read("name,cpus\nweb01,2\nweb01,4\n");
    assertThat(r.vms()).extracting(Vm::cpus).containsExactly(2, 4);
    assertThat(Provenance.notes(r.vms().get(0))).singleElement().asString().contains("vms.csv:3");
    assertThat(Provenance.notes(r.vms().get(1))).singleElement().asString().contains("vms.csv:2");
  }

  @Test
  void quoted_newlines_keep_the_line_of_each_record() throws IOException {
    ReadResult r = read("name,os,notes\nvm1,rhel 8,\"two\nlines\"\nvm2,rhel 9,x\n");
    assertThat(r.vms().get(0).attributes()).containsEntry("notes", "two\nlines");
    assertThat(r.vms().get(0).source().line()).isEqualTo(2);
    assertThat(r.vms().get(1).source().line()).isEqualTo(4);
  }

  @Test
  void a_csv_without_a_name_column_is_not_this_format() throws IOException {
    Path p = tmp.resolve("hosts.csv");
    Files.writeString(p, "host,cpus,memory_mib\nesx01,48,786432\n");
    assertThat(new FlatCsvReader().canRead(p, Files.readAllBytes(p))).isFalse();
  }
}
