package io.kubelift.cluster;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.kubelift.model.ClusterFacts;
import io.kubelift.source.InputException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The cluster-facts snapshot: what is written reads back the same, and bad files fail with file and line. */
class ClusterFactsFileTest {
  @TempDir Path tmp;

  private Path file(String text) throws IOException {
    Path f = tmp.resolve("snapshot-" + text.hashCode() + ".yaml");
    Files.writeString(f, text);
    return f;
  }

  @Test
  void what_is_written_reads_back_equal() throws IOException {
    Map<String, Object> facts = new TreeMap<>();
    facts.put("cluster.kubevirt.installed", true);
    facts.put("cluster.nodes.totalCpus", 7.5);
    facts.put("cluster.nodes.count", 3L);
    facts.put("cluster.kubevirt.version", "1.30");
    facts.put("cluster.storage.classes", List.of("a: \"quoted\", tab\there", "b: ünïcode\nnewline"));
    facts.put("cluster.multus.networks", List.of());
    ClusterFacts written = new ClusterFacts("context x at https://h:6443/", facts,
        Map.of("cluster.storage.rwx", "cannot list storageclasses.storage.k8s.io: forbidden (HTTP 403)"));
    Path f = file(ClusterFactsFile.write(written));
    ClusterFacts read = ClusterFactsFile.read(f);
    assertThat(read).isEqualTo(written);
    assertThat(ClusterFactsFile.write(read)).isEqualTo(Files.readString(f));
  }

  @Test
  void a_snapshot_without_a_source_is_named_by_its_path() throws IOException {
    Path f = file("kubelift: cluster-facts/v1\nfacts: {cluster.multus: true}\n");
    assertThat(ClusterFactsFile.read(f).source()).isEqualTo(f.toString());
    assertThat(ClusterFactsFile.read(f).get("cluster.multus")).isEqualTo(true);
  }

  @Test
  void a_file_without_the_header_is_refused() throws IOException {
    Path f = file("kubelift: inventory/v1\nvms: []\n");
    assertThatThrownBy(() -> ClusterFactsFile.read(f)).isInstanceOf(InputException.class)
        .hasMessage(f + ":1: not a cluster-facts snapshot: expected 'kubelift: cluster-facts/v1'");
  }

  @Test
  void unknown_keys_and_facts_are_refused_with_their_line() throws IOException {
    Path key = file("kubelift: cluster-facts/v1\nsource: x\nnodes: []\n");
    assertThatThrownBy(() -> ClusterFactsFile.read(key))
        .hasMessage(key + ":3: unknown key 'nodes'; expected kubelift, source, facts, unknown");
    Path fact = file("kubelift: cluster-facts/v1\nfacts:\n  cluster.multus: true\n  cluster.fencing: true\n");
    assertThatThrownBy(() -> ClusterFactsFile.read(fact))
        .hasMessage(fact + ":4: unknown cluster fact 'cluster.fencing' (kubelift rubric facts lists them)");
    Path vmFact = file("kubelift: cluster-facts/v1\nfacts:\n  vm.cpus: 4\n");
    assertThatThrownBy(() -> ClusterFactsFile.read(vmFact)).hasMessageContaining(":3: unknown cluster fact 'vm.cpus'");
  }

  @Test
  void values_of_the_wrong_type_are_refused_with_their_line() throws IOException {
    Path bool = file("kubelift: cluster-facts/v1\nfacts:\n  cluster.nodes.count: 3\n  cluster.multus: \"yes\"\n");
    assertThatThrownBy(() -> ClusterFactsFile.read(bool))
        .hasMessage(bool + ":4: expected true or false for 'cluster.multus'");
    Path version = file("kubelift: cluster-facts/v1\nfacts:\n  cluster.kubevirt.version: 1.30\n");
    assertThatThrownBy(() -> ClusterFactsFile.read(version))
        .hasMessage(version + ":3: expected text (quote numbers such as \"1.30\") for 'cluster.kubevirt.version'");
    Path list = file("kubelift: cluster-facts/v1\nfacts:\n  cluster.multus.networks: [a, 3]\n");
    assertThatThrownBy(() -> ClusterFactsFile.read(list)).hasMessageContaining(":3: expected a list of text");
    Path huge = file("kubelift: cluster-facts/v1\nfacts:\n  cluster.nodes.count: 1e400\n");
    assertThatThrownBy(() -> ClusterFactsFile.read(huge)).hasMessageContaining(":3: expected a number");
  }

  @Test
  void a_fact_both_known_and_unknown_is_refused() throws IOException {
    Path f = file("kubelift: cluster-facts/v1\nfacts: {cluster.multus: true}\nunknown:\n  cluster.multus: why\n");
    assertThatThrownBy(() -> ClusterFactsFile.read(f))
        .hasMessage(f + ":4: 'cluster.multus' is both known and unknown");
  }
}
