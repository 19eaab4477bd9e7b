package io.kubelift.report;

import static org.assertj.core.api.Assertions.assertThat;

import io.kubelift.assess.Assessment;
import io.kubelift.assess.Assessor;
import io.kubelift.cluster.ClusterFactsFile;
import io.kubelift.inventory.InventoryLoader;
import io.kubelift.inventory.InventoryReaders;
import io.kubelift.model.ClusterFacts;
import io.kubelift.model.Inventory;
import io.kubelift.rubric.Rubric;
import io.kubelift.rubric.RubricLoader;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The target cluster section of the HTML and Markdown reports of {@code fixtures/seed/}, against each example snapshot
 * in {@code fixtures/clusters/}, a snapshot of a caller refused some reads (403), a hostile one, and none: the source,
 * the capabilities in words, the capacity fit, the unknown facts with their reasons, and every fact.
 */
class ClusterSectionTest {
  static final String FULL_CLUSTER = "fixtures/clusters/kubevirt-full.yaml";
  /** VMs to assess with the seed: one larger than any node of {@link #FULL_CLUSTER}, named {@link #BIG_VM}. */
  static final String CAPACITY_INPUT = "src/test/resources/report/capacity.yaml";
  static final String BIG_VM = "big<db> & \"x\"";
  private static final String FORBIDDEN = "src/test/resources/report/cluster-forbidden.yaml";
  private static Rubric rubric;
  private static Inventory seed;
  @TempDir Path out;

  @BeforeAll
  static void load() {
    rubric = RubricLoader.load(Path.of("rubrics/kubevirt"));
    seed = inventory("fixtures/seed");
  }

  @Test
  void a_bare_cluster_shows_kubevirt_missing_and_a_demand_it_cannot_hold() throws IOException {
    Report r = render(seed, snapshot("fixtures/clusters/bare.yaml"));
    assertThat(r.md).contains("Assessed against example: a cluster without KubeVirt.",
        "Kubernetes 1.30.2 · 2 schedulable nodes \\(0 with KVM\\) · 1 cordoned or tainted · amd64 · 35 facts known, "
            + "8 unknown.",
        "| KubeVirt | no |  | running VMs at all |", "| Default storage class | yes | local-path |",
        "| ReadWriteMany storage | unknown | no CDI StorageProfile states the access modes of local-path |",
        "**The total demand exceeds the allocatable capacity: the VMs do not fit.**",
        "| CPU | 42 vCPUs | 24 CPUs | 175 % (over) | 16 CPUs |", "| Memory | 88 GiB | 96 GiB | 92 % | 64 GiB |",
        "Every VM of known size fits on the largest node \\(16 CPUs, 64 GiB\\).",
        "| KubeVirt is not installed | `cluster.kubevirt.phase`, `cluster.kubevirt.version` |",
        "- Assessed against example: a cluster without KubeVirt — capacity does not fit\n");
    assertThat(r.html).contains("<td>KubeVirt</td><td><span class=\"state s-no\">no</span></td>",
        "<svg id='chart-capacity'", "<td class=\"num over\">175 %</td>",
        "<a href=\"#capacity\">capacity does not fit</a>");
  }

  @Test
  void a_basic_kubevirt_cluster_lacks_fencing_and_every_fact_is_known() throws IOException {
    Report r = render(seed, snapshot("fixtures/clusters/kubevirt-basic.yaml"));
    assertThat(r.md).contains("| KubeVirt | yes | version 1.3.1; phase Deployed | running VMs at all |",
        "| Node fencing and remediation | no |  |", "| ReadWriteMany block storage | yes |",
        "| Multus \\(extra networks\\) | yes | networks: vm-net/service-lan |",
        "### Unknown facts\n\nEvery cluster fact KubeLift looks for is known.",
        "| `cluster.fencing.available` | false | node fencing/remediation is configured");
    assertThat(r.html).contains("<td>Node fencing and remediation</td><td><span class=\"state s-no\">no</span>",
        "<summary>All 43 cluster facts</summary>");
  }

  @Test
  void a_full_cluster_holds_the_seed_and_names_its_fencing() throws IOException {
    Report r = render(seed, snapshot(FULL_CLUSTER));
    assertThat(r.md).contains("| Node fencing and remediation | yes | FenceAgentsRemediation, SelfNodeRemediation; "
            + "NodeHealthChecks: 2 |",
        "| Hugepages | yes | sizes: 1Gi |", "**The total demand of the 10 VMs fits the allocatable capacity.**",
        "| CPU | 42 vCPUs | 56 CPUs | 75 % | 32 CPUs |", "| Memory | 88 GiB | 224 GiB | 39 % | 128 GiB |",
        "| `cluster.storage.classes` | ceph-rbd: rbd.csi.ceph.com, Immediate, ReadWriteMany/Block "
            + "ReadWriteOnce/Filesystem; local-path:",
        "*A first check, not a schedule: one vCPU counts as one allocatable CPU \\(no overcommit\\)",
        "KubeVirt's per-VM overhead \\(the virt-launcher pod and QEMU\\) is left out");
    assertThat(r.html).contains("<svg id='chart-capacity'", "<p class=\"verdict v-fits\">",
        "one vCPU counts as one allocatable CPU (no overcommit)");
  }

  @Test
  void a_vm_larger_than_any_node_links_to_its_row_and_unsized_vms_are_counted() throws IOException {
    Inventory both = inventory("fixtures/seed", CAPACITY_INPUT);
    Report r = render(both, snapshot(FULL_CLUSTER));
    assertThat(r.md).contains("1 VM needs more than the largest node \\(32 CPUs, 128 GiB\\) offers",
        "- big\\<db\\> \\& \"x\": 48 vCPUs, 96 GiB, more CPU than the largest node",
        "1 of 12 VMs has no known CPU or memory size and is not counted: unsized-vm.",
        "capacity does not fit; 1 VM is larger than the largest node");
    assertThat(r.html).contains("<li><a href=\"#vm=big%3Cdb%3E%20%26%20%22x%22\">big&lt;db&gt; &amp; &quot;x&quot;</a>"
        + ": 48 vCPUs, 96 GiB, more CPU than the largest node</li>").doesNotContain("<db>");
  }

  @Test
  void facts_a_caller_may_not_read_are_unknown_with_the_reason_and_the_fit_says_why() throws IOException {
    Report r = render(seed, snapshot(FORBIDDEN));
    String nodes = "cannot list nodes: forbidden \\(HTTP 403\\)";
    assertThat(r.md).contains("Kubernetes 1.30.2 · 21 facts known, 22 unknown.",
        "**Whether the VMs fit cannot be told: the allocatable capacity is unknown — " + nodes + ".**",
        "The size of the largest node is unknown, so no VM was checked against it.",
        "| CPU | 42 vCPUs | unknown | unknown | unknown |",
        "| " + nodes + " | `cluster.dedicatedCpus`, `cluster.hugepages`, `cluster.nodes.architectures`",
        "| cannot list storageclasses.storage.k8s.io: forbidden \\(HTTP 403\\) | `cluster.storage.classes`,",
        "| Node fencing and remediation | unknown | cannot list nodehealthchecks.remediation.medik8s.io: forbidden",
        "| `cluster.nodes.count` | unknown | schedulable nodes", "capacity fit unknown");
    assertThat(r.md.indexOf("| " + nodes + " | `cluster.dedicatedCpus`"))
        .isLessThan(r.md.indexOf("| cannot list nodehealthchecks.remediation.medik8s.io: forbidden \\(HTTP 403\\) | "
            + "`cluster.fencing.available`"));
    assertThat(r.html).doesNotContain("chart-capacity").contains("<p class=\"verdict v-unknown\">",
        "<td class=\"text\">cannot list nodes: forbidden (HTTP 403)</td>",
        "<td class=\"text\"><span class=\"state s-unknown\">unknown</span></td>");
  }

  @Test
  void hostile_cluster_text_stays_text() throws IOException {
    Map<String, Object> facts = new TreeMap<>();
    facts.put("cluster.multus", true);
    facts.put("cluster.multus.networks", List.of("ns/<script>alert(1)</script>"));
    Report r = render(seed, new ClusterFacts("context <prod> of ~/.kube/config", facts,
        Map.of("cluster.sriov", "[x](javascript:alert(2)) <b>|")));
    assertThat(r.md).contains("Assessed against context \\<prod\\> of \\~/.kube/config.",
        "networks: ns/\\<script\\>alert\\(1\\)\\</script\\>", "| \\[x\\]\\(javascript:alert\\(2\\)\\) \\<b\\>\\| |");
    assertThat(r.html).contains("<strong>context &lt;prod&gt; of ~/.kube/config</strong>",
        "networks: ns/&lt;script&gt;alert(1)&lt;/script&gt;", "[x](javascript:alert(2)) &lt;b&gt;|")
        .doesNotContain("<script>alert", "<b>|");
  }

  @Test
  void without_a_cluster_it_says_so_and_shows_no_fit() throws IOException {
    Report r = render(seed, ClusterFacts.unknown());
    assertThat(r.md).contains("## Target cluster\n\nNone given: cluster facts unknown, and no capacity fit.")
        .doesNotContain("Capacity fit", "Assessed against");
    assertThat(r.html).contains("None given: cluster facts unknown, and no capacity fit.", "without cluster facts")
        .doesNotContain("chart-capacity", "Capacity fit", "Assessed against");
  }

  /**
   * The parts of the reports that speak of the cluster: the summary and the cluster section of each.
   *
   * @param md the Markdown summary and cluster section
   * @param html the HTML summary and cluster section
   */
  private record Report(String md, String html) {}

  private Report render(Inventory inventory, ClusterFacts cluster) throws IOException {
    Assessment a = new Assessor(rubric).assess(inventory, cluster);
    new MarkdownReportRenderer().render(a, RenderOptions.defaults(), out);
    new HtmlReportRenderer().render(a, RenderOptions.defaults(), out);
    String md = Files.readString(out.resolve(MarkdownReportRenderer.FILE));
    String html = Files.readString(out.resolve(HtmlReportRenderer.FILE));
    return new Report(between(md, "## Summary", "## Blockers") + md.substring(md.indexOf("## Target cluster")),
        between(html, "<section id=\"summary\">", "</section>") + between(html, "<section id=\"cluster\">",
            "</section>"));
  }

  private static String between(String s, String start, String end) {
    int i = s.indexOf(start);
    assertThat(i).as(start).isNotNegative();
    return s.substring(i, s.indexOf(end, i));
  }

  private static Inventory inventory(String... paths) {
    return new InventoryLoader(InventoryReaders.standard(), null).load(List.of(paths).stream().map(Path::of).toList());
  }

  private static ClusterFacts snapshot(String path) {
    return ClusterFactsFile.read(Path.of(path));
  }
}
