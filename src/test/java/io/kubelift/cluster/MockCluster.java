package io.kubelift.cluster;

import io.fabric8.kubernetes.api.model.APIGroupBuilder;
import io.fabric8.kubernetes.api.model.APIGroupListBuilder;
import io.fabric8.kubernetes.api.model.GenericKubernetesResource;
import io.fabric8.kubernetes.api.model.GroupVersionForDiscovery;
import io.fabric8.kubernetes.api.model.NodeBuilder;
import io.fabric8.kubernetes.api.model.Quantity;
import io.fabric8.kubernetes.api.model.StatusBuilder;
import io.fabric8.kubernetes.api.model.apiextensions.v1.CustomResourceDefinitionBuilder;
import io.fabric8.kubernetes.api.model.storage.StorageClassBuilder;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.VersionInfo;
import io.fabric8.kubernetes.client.dsl.base.ResourceDefinitionContext;
import io.fabric8.kubernetes.client.server.mock.KubernetesMixedDispatcher;
import io.fabric8.kubernetes.client.server.mock.KubernetesMockServer;
import io.fabric8.kubernetes.client.utils.Serialization;
import io.fabric8.mockwebserver.Context;
import io.fabric8.mockwebserver.MockWebServer;
import io.fabric8.mockwebserver.ServerRequest;
import io.fabric8.mockwebserver.ServerResponse;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.TreeMap;

/**
 * A fake Kubernetes API server for cluster tests: fabric8's mock server in CRUD mode holds nodes, storage classes,
 * CRDs and custom resources; expectations answer what CRUD mode does not (the {@code /apis} group list, the
 * version) and play a caller without permissions (403). Requests made while setting it up are drained, so a test
 * sees only the requests of the code under test.
 */
public final class MockCluster implements AutoCloseable {
  public final KubernetesMockServer server;
  public final KubernetesClient client;
  private final Map<String, String> groups = new TreeMap<>();
  private int taken;

  private MockCluster() {
    Map<ServerRequest, Queue<ServerResponse>> responses = new HashMap<>();
    server = new KubernetesMockServer(new Context(Serialization.jsonMapper()), new MockWebServer(), responses,
        new KubernetesMixedDispatcher(responses), true);
    server.init();
    client = server.createClient();
    server.setVersionInfo(new VersionInfo.Builder().withMajor("1").withMinor("30").withGitVersion("v1.30.2")
        .build());
    groups.put("storage.k8s.io", "v1");
  }

  /** Two plain workers and a control-plane node, local-path storage, no KubeVirt. */
  public static MockCluster bare() {
    return new MockCluster()
        .node("cp-1", "4", "16Gi", Map.of(), Map.of("node-role.kubernetes.io/control-plane", ""), true)
        .node("worker-1", "16", "64Gi", Map.of(), Map.of("node-role.kubernetes.io/worker", ""), false)
        .node("worker-2", "8", "32Gi", Map.of(), Map.of("node-role.kubernetes.io/worker", ""), false)
        .storageClass("local-path", "rancher.io/local-path", "WaitForFirstConsumer", true);
  }

  /** KubeVirt 1.3 with CDI, Multus and a Ceph RBD class that offers ReadWriteMany block volumes; no fencing. */
  public static MockCluster basic() {
    return MockClusterFeatures.basic(bare());
  }

  /** {@link #basic()} plus medik8s NodeHealthCheck wired to FenceAgentsRemediation and SelfNodeRemediation. */
  public static MockCluster fenced() {
    return MockClusterFeatures.fencing(basic());
  }

  /** Everything: fencing, SR-IOV, hugepages, dedicated CPUs, host devices, snapshots, instancetypes. */
  public static MockCluster full() {
    return MockClusterFeatures.full(bare());
  }

  MockCluster node(String name, String cpus, String memory, Map<String, String> extra, Map<String, String> labels,
      boolean tainted) {
    Map<String, Quantity> alloc = new TreeMap<>();
    alloc.put("cpu", new Quantity(cpus));
    alloc.put("memory", new Quantity(memory));
    extra.forEach((k, v) -> alloc.put(k, new Quantity(v)));
    NodeBuilder b = new NodeBuilder().withNewMetadata().withName(name).withLabels(new TreeMap<>(labels)).endMetadata()
        .withNewStatus().withAllocatable(alloc).withNewNodeInfo().withArchitecture("amd64")
        .withKernelVersion("5.14.0-427.el9.x86_64").withOsImage("Red Hat Enterprise Linux CoreOS 416")
        .endNodeInfo().endStatus();
    if (tainted) {
      b.withNewSpec().addNewTaint().withKey("node-role.kubernetes.io/control-plane").withEffect("NoSchedule")
          .endTaint().endSpec();
    }
    client.nodes().resource(b.build()).create();
    return this;
  }

  /** Replaces a node, keeping its name (to add labels or allocatable resources). */
  MockCluster replaceNode(String name, String cpus, String memory, Map<String, String> extra,
      Map<String, String> labels) {
    client.nodes().withName(name).delete();
    return node(name, cpus, memory, extra, labels, false);
  }

  MockCluster storageClass(String name, String provisioner, String binding, boolean isDefault) {
    StorageClassBuilder b = new StorageClassBuilder().withNewMetadata().withName(name).endMetadata()
        .withProvisioner(provisioner).withVolumeBindingMode(binding);
    if (isDefault) {
      b.editMetadata().addToAnnotations(StorageFacts.DEFAULT_ANNOTATION, "true").endMetadata();
    }
    client.storage().v1().storageClasses().resource(b.build()).create();
    return this;
  }

  /** Serves a custom kind: its CRD (which CRUD mode turns into {@code /apis/GROUP/VERSION}) and its group. */
  MockCluster crd(String group, String version, String kind, boolean namespaced) {
    String plural = kind.toLowerCase(java.util.Locale.ROOT) + "s";
    client.apiextensions().v1().customResourceDefinitions().resource(new CustomResourceDefinitionBuilder()
        .withNewMetadata().withName(plural + "." + group).endMetadata().withNewSpec().withGroup(group)
        .withScope(namespaced ? "Namespaced" : "Cluster").withNewNames().withKind(kind).withPlural(plural)
        .endNames().addNewVersion().withName(version).withServed(true).withStorage(true).endVersion().endSpec()
        .build()).create();
    groups.put(group, version);
    return this;
  }

  /** Creates a custom resource of a kind served earlier; {@code namespace} null for a cluster-scoped one. */
  MockCluster resource(String group, String kind, String namespace, String name, Map<String, Object> body) {
    ResourceDefinitionContext c = new ResourceDefinitionContext.Builder().withGroup(group)
        .withVersion(groups.get(group)).withKind(kind).withPlural(kind.toLowerCase(java.util.Locale.ROOT) + "s")
        .withNamespaced(namespace != null).build();
    GenericKubernetesResource r = new GenericKubernetesResource();
    r.setApiVersion(group + "/" + groups.get(group));
    r.setKind(kind);
    r.setMetadata(new io.fabric8.kubernetes.api.model.ObjectMetaBuilder().withName(name).withNamespace(namespace)
        .build());
    r.setAdditionalProperties(new LinkedHashMap<>(body));
    if (namespace == null) {
      client.genericKubernetesResources(c).resource(r).create();
    } else {
      client.genericKubernetesResources(c).inNamespace(namespace).resource(r).create();
    }
    return this;
  }

  /** A caller without permission for this path: every GET of it answers 403. */
  public MockCluster forbid(String path) {
    server.expect().get().withPath(path).andReturn(403, new StatusBuilder().withCode(403).withReason("Forbidden")
        .withMessage("forbidden: User \"system:serviceaccount:kubelift:reader\" cannot get " + path).build())
        .always();
    return this;
  }

  /**
   * A caller whose credentials the server refuses: API requests answer 401 (the mock answers the version itself).
   */
  public MockCluster unauthorized() {
    for (String path : List.of("/api/v1/nodes", "/apis")) {
      server.expect().get().withPath(path).andReturn(401, new StatusBuilder().withCode(401)
          .withReason("Unauthorized").withMessage("Unauthorized").build()).always();
    }
    return this;
  }

  /** Answers the API group list from the kinds served so far, and forgets the set-up requests; call once, last. */
  public MockCluster ready() {
    APIGroupListBuilder list = new APIGroupListBuilder();
    groups.forEach((g, v) -> {
      GroupVersionForDiscovery gv = new GroupVersionForDiscovery(g + "/" + v, v);
      list.addToGroups(new APIGroupBuilder().withName(g).withVersions(gv).withPreferredVersion(gv).build());
    });
    server.expect().get().withPath("/apis").andReturn(200, list.build()).always();
    drain();
    return this;
  }

  /** The methods and paths of the requests since the last call (or since {@link #ready()}). */
  public List<String> drain() {
    List<String> out = new ArrayList<>();
    try {
      while (taken < server.getRequestCount()) {
        var r = server.takeRequest(1, java.util.concurrent.TimeUnit.SECONDS);
        taken++;
        if (r != null) {
          out.add(r.getMethod() + " " + r.getPath());
        }
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    return out;
  }

  /** A kubeconfig for this server with a bearer token, for command-line tests. */
  public Path kubeconfig(Path dir, String token) throws IOException {
    Path f = dir.resolve("kubeconfig-" + server.getPort());
    Files.writeString(f, "apiVersion: v1\nkind: Config\n"
        + "clusters:\n- name: mock\n  cluster:\n    server: " + client.getMasterUrl() + "\n"
        + "    insecure-skip-tls-verify: true\n"
        + "users:\n- name: reader\n  user:\n    token: " + token + "\n"
        + "contexts:\n- name: mock\n  context:\n    cluster: mock\n    user: reader\n    namespace: default\n"
        + "current-context: mock\n");
    return f;
  }

  @Override
  public void close() {
    client.close();
    server.destroy();
  }
}
