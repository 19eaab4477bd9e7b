package io.kubelift.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The mixed estate of {@code fixtures/estate/} (RVTools CSV, virsh dumpxml, OVF, Ansible facts and an application
 * map), assessed exactly as the README shows, comes out as the fixture files say it should: every record assessed
 * or rejected with its reason, and the verdicts an architect expects of its SQL cluster, PostgreSQL pair and
 * SR-IOV VMs, with and without a target that fences.
 */
class EstateFixtureTest {
  static final String ESTATE = "fixtures/estate";
  static final String APPS = ESTATE + "/apps.yaml";
  static final String INFO = ESTATE + "/rvtools/RVTools_tabvInfo.csv";
  @TempDir static Path out;
  static JsonNode doc;
  static JsonNode fenced;

  @BeforeAll
  static void assess_the_estate_as_the_readme_shows() throws IOException {
    doc = assess(out.resolve("report"));
    fenced = assess(out.resolve("fenced"), "--cluster-facts", "fixtures/clusters/kubevirt-full.yaml");
  }

  static JsonNode assess(Path dir, String... more) throws IOException {
    List<String> args = new ArrayList<>(List.of("assess", "--quiet", "--format", "json", "--apps", APPS, "--out",
        dir.toString()));
    args.addAll(List.of(more));
    args.add(ESTATE);
    CliRunner.Result r = CliRunner.run(args.toArray(String[]::new));
    assertThat(r.code()).as(r.err()).isZero();
    return new ObjectMapper().readTree(dir.resolve("assessment.json").toFile());
  }

  @Test
  void forty_vms_come_from_three_platforms_and_three_records_are_rejected_with_their_reason() {
    assertThat(doc.path("summary").path("vms").asInt()).isEqualTo(40);
    assertThat(names(doc, "vms", v -> v.path("source").asText().startsWith(INFO + ":"))).hasSize(26);
    assertThat(names(doc, "vms", v -> v.path("source").asText().startsWith(ESTATE + "/kvm/"))).hasSize(11);
    assertThat(names(doc, "vms", v -> v.path("source").asText().startsWith(ESTATE + "/ovf/"))).containsExactlyInAnyOrder(
        "otsensor01", "qms01", "hist01");
    List<String> rejected = new ArrayList<>();
    doc.path("inputs").forEach(i -> i.path("rejected").forEach(r -> rejected.add(r.path("location").asText() + " "
        + r.path("reason").asText())));
    assertThat(rejected).containsExactlyInAnyOrder(
        INFO + ":28 'tpl-win2022' is a template, not a VM; templates are not assessed",
        INFO + ":29 'tpl-rhel9' is a template, not a VM; templates are not assessed",
        ESTATE + "/ansible/kvm01.brightwater.example:1 host 'kvm01.brightwater.example' is a virtualization host "
            + "(ansible_virtualization_role: host), not a VM");
  }

  @Test
  void every_file_of_the_tree_is_read_once_by_the_reader_of_its_format() throws IOException {
    List<String> files;
    try (Stream<Path> s = Files.walk(Path.of(ESTATE))) {
      files = s.filter(Files::isRegularFile).map(Path::toString).sorted().toList();
    }
    List<String> read = new ArrayList<>();
    doc.path("inputs").forEach(i -> read.add(i.path("path").asText()));
    assertThat(read).as("apps.yaml is read once, as the map, though the directory holds it too")
        .containsExactlyInAnyOrderElementsOf(files);
    for (JsonNode i : doc.path("inputs")) {
      String path = i.path("path").asText();
      String expected = path.equals(APPS) ? "apps" : path.contains("/rvtools/") ? "rvtools-csv"
          : path.contains("/kvm/") ? "libvirt" : path.contains("/ovf/") ? "ovf" : "ansible";
      assertThat(i.path("format").asText()).as(path).isEqualTo(expected);
    }
  }

  @Test
  void every_vm_names_where_in_the_estate_it_was_read() {
    for (JsonNode v : doc.path("vms")) {
      assertThat(v.path("source").asText()).as(v.path("name").asText()).startsWith(ESTATE + "/");
      List<String> sources = io.kubelift.AssessmentJson.sources(v);
      assertThat(sources.get(0)).as("the first source is the VM's source").isEqualTo(v.path("source").asText());
      sources.forEach(s -> assertThat(s).startsWith(ESTATE + "/"));
    }
    assertThat(vm(doc, "erp-sql01").path("source").asText()).isEqualTo(INFO + ":6");
    assertThat(vm(doc, "sbc01").path("source").asText()).isEqualTo(ESTATE + "/kvm/kvm02/sbc01.xml:1");
    assertThat(vm(doc, "hist01").path("source").asText()).isEqualTo(ESTATE + "/ovf/werk2-esxi/hist01.ovf:22");
  }

  @Test
  void the_sql_failover_cluster_on_shared_rdms_is_blocked_until_the_target_fences() {
    JsonNode app = app(doc, "erp-sql");
    assertThat(app.path("blocked").asBoolean()).isTrue();
    assertThat(fired(app)).contains("HA-SHARED-DISK-UNFENCED", "HA-WINDOWS-CLUSTER", "HA-VIP");
    for (String node : List.of("erp-sql01", "erp-sql02")) {
      // Hard disks 2-4: quorum, data and log, physical-mode RDMs on a SCSI bus shared physically
      assertThat(fired(vm(doc, node))).as(node).contains("DISK-RAW-LUN", "DISK-SHARED", "DISK-SHARED-UNFENCED");
      assertThat(vm(doc, node).path("liveMigratable").asBoolean(true)).as(node).isFalse();
    }
    JsonNode onFull = app(fenced, "erp-sql");
    assertThat(onFull.path("blocked").asBoolean()).isFalse();
    assertThat(onFull.path("overall").asText()).isEqualTo("HARD");
    assertThat(fired(onFull)).contains("HA-SHARED-DISK-FENCED").doesNotContain("HA-SHARED-DISK-UNFENCED");
  }

  @Test
  void the_shareable_nfs_pair_on_kvm_is_blocked_the_same_way() {
    assertThat(app(doc, "nfs-ha").path("blocked").asBoolean()).isTrue();
    assertThat(fired(vm(doc, "nfs01"))).contains("DISK-SHARED-UNFENCED").doesNotContain("DISK-RAW-LUN");
    assertThat(app(fenced, "nfs-ha").path("blocked").asBoolean()).isFalse();
  }

  @Test
  void the_postgresql_pair_under_pacemaker_is_hard_but_not_blocked() {
    JsonNode app = app(doc, "wms-db");
    assertThat(app.path("overall").asText()).isEqualTo("HARD");
    assertThat(app.path("blocked").asBoolean()).isFalse();
    assertThat(fired(app)).contains("HA-SHARED-NOTHING-CLUSTER", "HA-SHARED-NOTHING", "HA-VIP", "HA-STONITH");
    assertThat(fired(vm(doc, "wms-db01"))).contains("NET-SEGMENTS").doesNotContain("DISK-SHARED");
  }

  @Test
  void sr_iov_and_usb_passthrough_vms_cannot_live_migrate() {
    assertThat(io.kubelift.AssessmentJson.liveMigrationReasons(doc, vm(doc, "ids01")).get(0))
        .startsWith("NIC-SRIOV: NIC Network adapter 2 is an SR-IOV");
    assertThat(io.kubelift.AssessmentJson.liveMigrationReasons(doc, vm(doc, "sbc01")).get(0))
        .startsWith("NIC-SRIOV: NIC hostdev0 is an SR-IOV");
    assertThat(fired(vm(doc, "lic01"))).contains("DEV-USB");
    for (String name : List.of("ids01", "sbc01", "lic01")) {
      assertThat(vm(doc, name).path("liveMigratable").asBoolean(true)).as(name).isFalse();
      assertThat(vm(fenced, name).path("liveMigratable").asBoolean(true)).as(name).isFalse();
    }
  }

  @Test
  void ansible_facts_join_their_vms_and_bring_the_kernel_command_line() {
    // Neither RVTools nor this libvirt domain states a kernel command line: only the fact cache can fire the rule.
    JsonNode db = vm(doc, "shop-db01");
    assertThat(texts(db.path("sources"))).containsExactly(INFO + ":12",
        ESTATE + "/ansible/shop-db01.brightwater.example:1");
    assertThat(fired(db)).contains("KERNEL-PARAMS");
    assertThat(db.path("notes")).as("8.10 refines RHEL 8 without a note").isEmpty();
    JsonNode kvm = vm(doc, "wms-db01");
    assertThat(texts(kvm.path("sources"))).containsExactly(ESTATE + "/kvm/kvm01/wms-db01.xml:1",
        ESTATE + "/ansible/wms-db01:1");
    assertThat(fired(kvm)).contains("KERNEL-PARAMS");
    assertThat(fired(vm(doc, "shop-app02"))).as("no facts for shop-app02").doesNotContain("KERNEL-PARAMS");
    CliRunner.Result explain = CliRunner.run("explain", "--vm", "wms-db01", "--apps", APPS, ESTATE);
    assertThat(explain.out()).contains("VM wms-db01 (wms-db / primary) from " + ESTATE + "/kvm/kvm01/wms-db01.xml:1\n"
        + "  also read from " + ESTATE + "/ansible/wms-db01:1\n");
  }

  @Test
  void the_map_places_twenty_two_vms_in_ten_applications_and_leaves_the_infrastructure_alone() {
    assertThat(names(doc, "applications", a -> true)).containsExactlyInAnyOrder("erp", "erp-sql", "webshop", "wms",
        "wms-db", "nfs-ha", "monitoring", "plant-data", "identity", "hr-payroll");
    assertThat(vm(doc, "hr-app01").path("application").asText()).as("by its vSphere folder").isEqualTo("hr-payroll");
    assertThat(names(doc, "vms", v -> !v.has("application"))).containsExactlyInAnyOrder("fs01",
        "backup01", "timeclock01", "lic01", "ids01", "old-intranet01", "ca01", "print01", "wsus01", "smtp01",
        "jump01", "helpdesk01", "proxy01", "edi01", "build01", "sbc01", "otsensor01", "qms01");
  }

  @Test
  void the_other_traits_of_the_estate_reach_the_rubric() {
    assertThat(fired(vm(doc, "fs01"))).contains("VM-DISKS-HUGE", "DISK-INDEPENDENT", "DISK-LARGE");
    assertThat(fired(vm(doc, "timeclock01"))).contains("OS-EOL", "VM-SNAPSHOTS");
    assertThat(fired(vm(doc, "shop-db01"))).contains("VM-SNAPSHOTS", "DISK-LARGE");
    assertThat(fired(vm(doc, "ca01"))).contains("VM-POWERED-OFF", "FW-SECURE-BOOT", "NIC-DISCONNECTED");
    assertThat(fired(vm(doc, "build01"))).contains("HOST-HUGEPAGES", "HOST-DEDICATED-CPUS", "HOST-NUMA");
    assertThat(fired(vm(doc, "opcgw01"))).contains("DEV-SERIAL", "KERNEL-PARAMS");
    assertThat(fired(vm(doc, "qms01"))).contains("VM-SNAPSHOTS", "PLATFORM-HA");
    assertThat(fired(vm(doc, "wsus01"))).contains("DISK-ISO");
  }

  @Test
  void guests_past_their_end_of_life_are_found_in_each_source_spelling() {
    // RVTools names (Windows Server 2003), Guest Detailed Data (SLES 12 SP5, Debian 11.11), OVF osType ids
    // (windows8Server64Guest is Server 2012 or 2012 R2) and oVirt types (rhel_7x64)
    for (String name : List.of("timeclock01", "edi01", "smtp01", "hist01", "qms01")) {
      assertThat(fired(vm(doc, name))).as(name).contains("OS-EOL");
    }
    // Ubuntu 22.04 is known only from inside the guest: 'Ubuntu Linux (64-bit)' names no release
    for (String name : List.of("ids01", "helpdesk01", "dc01", "erp-sql01", "wms-db01")) {
      assertThat(fired(vm(doc, name))).as(name).doesNotContain("OS-EOL");
      assertThat(undecided(vm(doc, name))).as(name).doesNotContain("OS-EOL");
    }
    assertThat(undecided(vm(doc, "old-intranet01"))).as("off, so no Tools data: the release is unknown")
        .contains("OS-EOL");
  }

  @Test
  void virtio_drivers_are_decided_by_the_boot_disk_or_by_a_release_no_drivers_are_maintained_for() {
    JsonNode timeclock = vm(doc, "timeclock01");
    assertThat(fired(timeclock)).as("Windows Server 2003 on VMware").contains("OS-NO-VIRTIO");
    assertThat(timeclock.path("ratings").path("imageMigration").asText()).isEqualTo("HARD");
    for (String name : List.of("grafana01", "nfs01", "wms-db01", "opcgw01", "qms01")) {
      // booting from virtio-blk (the KVM domains) or virtio-scsi (the RHV export)
      assertThat(fired(vm(doc, name))).as(name).doesNotContain("OS-NO-VIRTIO");
      assertThat(undecided(vm(doc, name))).as(name).doesNotContain("OS-NO-VIRTIO");
    }
    assertThat(undecided(vm(doc, "dc01"))).as("a current Windows on VMware: injected on conversion, if at all")
        .contains("OS-NO-VIRTIO");
  }

  @Test
  void an_attached_iso_of_unknown_size_leaves_the_disk_total_known() throws IOException {
    // erp-app01 and wsus01 have an ISO attached (vCD) whose size RVTools does not give
    for (String name : List.of("erp-app01", "wsus01")) {
      assertThat(fired(vm(doc, name))).as(name).contains("DISK-ISO");
      assertThat(undecided(vm(doc, name))).as(name).doesNotContain("VM-DISKS-HUGE");
    }
    Path dir = out.resolve("csv");
    assertThat(CliRunner.run("assess", "--quiet", "--format", "csv", "--apps", APPS, "--out", dir.toString(), ESTATE)
        .code()).isZero();
    List<String> rows = Files.readAllLines(dir.resolve("vms.csv"));
    assertThat(rows).anySatisfy(r -> assertThat(r).startsWith("erp-app01,").contains(",unknown,300,"))
        .anySatisfy(r -> assertThat(r).startsWith("wsus01,").contains(",unknown,700,"));
  }

  @Test
  void vsphere_vms_are_decided_on_nic_binding_and_direct_kernel_boot() {
    for (JsonNode v : doc.path("vms")) {
      if (v.path("source").asText().startsWith(INFO + ":")) {
        assertThat(undecided(v)).as(v.path("name").asText())
            .doesNotContain("NIC-USERSPACE-DATAPATH", "KERNEL-DIRECT-BOOT");
      }
    }
    assertThat(fired(vm(doc, "ids01"))).as("its SR-IOV passthrough adapter is a host device, no userspace datapath")
        .contains("NIC-SRIOV").doesNotContain("NIC-USERSPACE-DATAPATH");
  }

  @Test
  void findings_say_what_applies_to_each_design() {
    assertThat(fired(app(doc, "erp-sql"))).as("a Windows failover cluster has no STONITH agent to replace")
        .contains("HA-WINDOWS-CLUSTER").doesNotContain("HA-STONITH");
    assertThat(fired(app(doc, "nfs-ha"))).contains("HA-STONITH");
    assertThat(message(app(doc, "identity"), "HA-ACTIVE-ACTIVE")).as("domain controllers are found through DNS")
        .contains("find by name");
    assertThat(message(vm(doc, "ids01"), "NIC-MODEL")).as("the SR-IOV adapter is NIC-SRIOV's")
        .contains("Network adapter 1 is a vmxnet3").doesNotContain("Network adapter 2");
  }

  @Test
  void plan_writes_manifests_except_for_the_blocked_clusters_which_a_fencing_target_unblocks() throws IOException {
    Path plans = out.resolve("plans");
    CliRunner.Result r = CliRunner.run("plan", "--apps", APPS, "--out", plans.toString(), ESTATE);
    assertThat(r.code()).as(r.err()).isZero();
    assertThat(plans.resolve("erp-sql").toFile().list()).containsExactly("runbook.md");
    assertThat(plans.resolve("nfs-ha").toFile().list()).containsExactly("runbook.md");
    assertThat(plans.resolve("wms-db/30-01-wms-db01.yaml")).isRegularFile();
    List<String> bridges = new ArrayList<>();
    for (JsonNode nad : new ObjectMapper(new YAMLFactory()).readerFor(JsonNode.class)
        .<JsonNode>readValues(plans.resolve("wms-db/10-networks.yaml").toFile()).readAll()) {
      bridges.add(new ObjectMapper().readTree(nad.path("spec").path("config").asText()).path("bridge").asText());
    }
    assertThat(bridges).as("the libvirt bridges br-repl and br-hb keep their names").containsExactly("br-repl",
        "br-hb");
    assertThat(plans.resolve("_standalone/sbc01/runbook.md")).isRegularFile();
    Path onFull = out.resolve("plans-fenced");
    r = CliRunner.run("plan", "--apps", APPS, "--cluster-facts", "fixtures/clusters/kubevirt-full.yaml", "--out",
        onFull.toString(), ESTATE);
    assertThat(r.code()).as(r.err()).isZero();
    assertThat(onFull.resolve("erp-sql/30-01-erp-sql01.yaml")).isRegularFile();
  }

  static JsonNode vm(JsonNode d, String name) {
    return one(d, "vms", name);
  }

  static JsonNode app(JsonNode d, String name) {
    return one(d, "applications", name);
  }

  private static JsonNode one(JsonNode d, String list, String name) {
    for (JsonNode n : d.path(list)) {
      if (n.path("name").asText().equals(name)) {
        return n;
      }
    }
    throw new AssertionError("no " + list + " entry " + name);
  }

  private static List<String> names(JsonNode d, String list, java.util.function.Predicate<JsonNode> which) {
    List<String> out = new ArrayList<>();
    d.path(list).forEach(n -> {
      if (which.test(n)) {
        out.add(n.path("name").asText());
      }
    });
    return out;
  }

  static List<String> fired(JsonNode subject) {
    return io.kubelift.AssessmentJson.fired(subject);
  }

  /** The rules left undecided on a VM or application of {@link #doc}. */
  static List<String> undecided(JsonNode subject) {
    return io.kubelift.AssessmentJson.undecided(doc, subject);
  }

  private static String message(JsonNode subject, String rule) {
    return io.kubelift.AssessmentJson.message(doc, subject, rule);
  }

  private static List<String> texts(JsonNode array) {
    List<String> out = new ArrayList<>();
    array.forEach(n -> out.add(n.asText()));
    return out;
  }
}
