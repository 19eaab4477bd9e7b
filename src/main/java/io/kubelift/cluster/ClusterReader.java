package io.kubelift.cluster;

import static io.kubelift.rubric.ClusterFactNames.K8S_VERSION;

import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.VersionInfo;
import io.kubelift.model.ClusterFacts;

/**
 * Reads a cluster's facts through a fabric8 client. It only ever reads (discovery, list, get): a test asserts that
 * the API server sees nothing but GET requests. Items the caller may not read become unknown facts with reasons.
 */
public final class ClusterReader {
  private ClusterReader() {}

  /**
   * Reads everything the rubric can use.
   *
   * @param client a connected client
   * @param source how to name the cluster in reports (no credentials)
   * @throws io.kubelift.source.InputException when the cluster cannot be reached or refuses the credentials
   */
  public static ClusterFacts read(KubernetesClient client, String source) {
    Calls calls = new Calls(source);
    FactSheet sheet = new FactSheet();
    Read<VersionInfo> version = calls.read("read the server version", client::getKubernetesVersion);
    sheet.from(version.map(v -> Versions.strip(v.getGitVersion()) == null
        ? v.getMajor() + "." + v.getMinor() : Versions.strip(v.getGitVersion())), K8S_VERSION);
    NodeFacts.read(calls.read("list nodes", () -> client.nodes().list().getItems()), sheet);
    Discovery discovery = new Discovery(client, calls);
    KubeVirtFacts.read(discovery, sheet);
    CdiFacts.read(discovery, sheet);
    StorageFacts.read(calls.read("list storageclasses.storage.k8s.io",
        () -> client.storage().v1().storageClasses().list().getItems()), discovery, sheet);
    NetworkFacts.read(discovery, sheet);
    FencingFacts.read(discovery, sheet);
    return sheet.build(source);
  }
}
