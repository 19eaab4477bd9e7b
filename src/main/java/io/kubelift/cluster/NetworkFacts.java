package io.kubelift.cluster;

import static io.kubelift.rubric.ClusterFactNames.MULTUS;
import static io.kubelift.rubric.ClusterFactNames.MULTUS_NETWORKS;
import static io.kubelift.rubric.ClusterFactNames.SRIOV;

/**
 * Networking facts: Multus (its NetworkAttachmentDefinition kind is served) with the attachments that exist, and the
 * SR-IOV network operator (its SriovNetworkNodePolicy kind is served).
 */
final class NetworkFacts {
  static final String MULTUS_GROUP = "k8s.cni.cncf.io";
  static final String SRIOV_GROUP = "sriovnetwork.openshift.io";

  private NetworkFacts() {}

  static void read(Discovery d, FactSheet s) {
    s.from(present(d.kind(MULTUS_GROUP, "NetworkAttachmentDefinition")), MULTUS);
    s.from(d.list(MULTUS_GROUP, "NetworkAttachmentDefinition").map(StorageFacts::names), MULTUS_NETWORKS);
    s.from(present(d.kind(SRIOV_GROUP, "SriovNetworkNodePolicy")), SRIOV);
  }

  /** Known true when the kind is served, known false when not, else unknown. */
  static Read<Boolean> present(Read<?> kind) {
    return kind.known() ? Read.known(kind.value() != null) : Read.unknown(kind.reason());
  }
}
