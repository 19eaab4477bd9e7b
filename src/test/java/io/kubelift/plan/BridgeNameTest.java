package io.kubelift.plan;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The node bridge a bridge-type NetworkAttachmentDefinition names: prefixed once, at most 15 characters. */
class BridgeNameTest {

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource({
    "vlan40-app,  br-vlan40-app",
    "br-repl,     br-repl",
    "br0,         br0",
    "vmbr0,       vmbr0",
    "virbr1,      virbr1",
    "brown-lan,   br-brown-lan",
  })
  void a_segment_already_named_as_a_bridge_keeps_its_name(String segment, String bridge) {
    assertThat(NetworkAttachmentEnricher.bridgeName(new SegmentTarget(segment, segment, "bridge", null, null)))
        .isEqualTo(bridge);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource({"vlan99-sql-heartbeat", "br-backup-network-01"})
  void a_name_too_long_for_a_linux_interface_is_hashed(String segment) {
    String b = NetworkAttachmentEnricher.bridgeName(new SegmentTarget(segment, segment, "bridge", null, null));
    assertThat(b).startsWith("br-").hasSizeLessThanOrEqualTo(15).doesNotStartWith("br-br-");
  }
}
