package io.kubelift.report;

import static org.assertj.core.api.Assertions.assertThat;

import io.kubelift.assess.Assessment;
import io.kubelift.assess.Assessor;
import io.kubelift.inventory.InventoryLoader;
import io.kubelift.inventory.InventoryReaders;
import io.kubelift.model.ClusterFacts;
import io.kubelift.rubric.RubricLoader;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The target cluster section lists whatever facts the assessment carries, under their source, so that a cluster
 * reader can fill it without the report changing; without a source it says the facts are unknown.
 */
class ClusterSectionTest {
  @TempDir Path out;

  @Test
  void known_cluster_facts_are_listed_under_their_source() throws IOException {
    Map<String, Object> facts = new TreeMap<>();
    facts.put("cluster.multus", true);
    facts.put("cluster.storage.rwx", false);
    Path dir = render(new ClusterFacts("context <prod> of ~/.kube/config", facts));
    String md = Files.readString(dir.resolve(MarkdownReportRenderer.FILE));
    assertThat(md).contains("Facts read from context \\<prod\\> of \\~/.kube/config.",
        "| cluster.multus | true |", "| cluster.storage.rwx | false |");
    String html = Files.readString(dir.resolve(HtmlReportRenderer.FILE));
    assertThat(html).contains("<code>context &lt;prod&gt; of ~/.kube/config</code>",
        "<td><code>cluster.storage.rwx</code></td><td>false</td>");
  }

  @Test
  void without_a_source_the_facts_are_unknown() throws IOException {
    Path dir = render(ClusterFacts.unknown());
    assertThat(Files.readString(dir.resolve(MarkdownReportRenderer.FILE)))
        .contains("## Target cluster\n\nNone given: cluster facts unknown.");
    assertThat(Files.readString(dir.resolve(HtmlReportRenderer.FILE))).contains("None given: cluster facts unknown.");
  }

  private Path render(ClusterFacts cluster) throws IOException {
    Assessment a = new Assessor(RubricLoader.load(Path.of("rubrics/kubevirt"))).assess(
        new InventoryLoader(InventoryReaders.standard(), null).load(List.of(Path.of("fixtures/seed/monolithic.yaml"))),
        cluster);
    new MarkdownReportRenderer().render(a, RenderOptions.defaults(), out);
    new HtmlReportRenderer().render(a, RenderOptions.defaults(), out);
    return out;
  }
}
