package io.kubelift.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import io.kubelift.model.ClusterFacts;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The example snapshots under {@code fixtures/clusters/} hold exactly what {@code cluster check} reads from the mock
 * cluster of the same name, so the README's examples and the tested reader cannot drift apart. Regenerate after a
 * deliberate change with {@code mvn test -Dtest=ClusterFixturesTest -Dkubelift.updateFixtures=true} and review.
 */
class ClusterFixturesTest {
  private static final boolean UPDATE = Boolean.getBoolean("kubelift.updateFixtures");

  static Stream<Arguments> fixtures() {
    return Stream.of(
        Arguments.of("bare", "example: a cluster without KubeVirt", (Supplier<MockCluster>) MockCluster::bare),
        Arguments.of("kubevirt-basic", "example: KubeVirt, CDI, Multus and RWX block storage; no fencing",
            (Supplier<MockCluster>) MockCluster::basic),
        Arguments.of("kubevirt-full", "example: KubeVirt with fencing, RWX block storage, Multus, SR-IOV, "
            + "hugepages", (Supplier<MockCluster>) MockCluster::full));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("fixtures")
  void fixture_holds_what_cluster_check_reads(String name, String source, Supplier<MockCluster> cluster)
      throws IOException {
    Path file = Path.of("fixtures/clusters/" + name + ".yaml");
    try (MockCluster c = cluster.get().ready()) {
      ClusterFacts live = ClusterReader.read(c.client, source);
      if (UPDATE) {
        Files.createDirectories(file.getParent());
        Files.writeString(file, ClusterFactsFile.write(live));
      }
      ClusterFacts fixture = ClusterFactsFile.read(file);
      assertThat(fixture.source()).isEqualTo(source);
      assertThat(fixture.facts()).isEqualTo(live.facts());
      assertThat(fixture.unknownReasons()).isEqualTo(live.unknownReasons());
    }
  }
}
