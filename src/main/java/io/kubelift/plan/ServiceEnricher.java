package io.kubelift.plan;

import io.fabric8.kubernetes.api.model.IntOrString;
import io.fabric8.kubernetes.api.model.ServiceBuilder;
import io.fabric8.kubernetes.api.model.ServicePort;
import io.fabric8.kubernetes.api.model.ServicePortBuilder;
import io.kubelift.model.Application;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Services. Every host name a member's configuration refers to becomes a ClusterIP Service of that name selecting
 * the VMs that serve it, so name resolution keeps working; externally exposed ports become NodePort (or
 * LoadBalancer) Services, internal ones ClusterIP unless a host-name Service already offers them. Selectors use
 * the labels of the VM templates.
 */
final class ServiceEnricher implements Enricher {
  static final String FILE = "25-services.yaml";
  private final Map<String, PendingService> services = new LinkedHashMap<>();
  private Draft d;
  private ServiceSelectors selectors;

  @Override
  public void enrich(Draft draft) {
    this.d = draft;
    this.selectors = new ServiceSelectors(draft);
    for (VmTarget vm : draft.vms) {
      List<String> hosts = vm.vm().workload() == null ? null : vm.vm().workload().hardcodedHostnames();
      for (String host : hosts == null ? List.<String>of() : hosts) {
        hostname(vm.vm().name(), host);
      }
    }
    Application app = draft.subject.application();
    for (Application.Dependency dep : app == null || app.dependencies() == null
        ? List.<Application.Dependency>of() : app.dependencies()) {
      if (dep.hostname() != null) {
        hostname(dep.from(), dep.hostname());
      }
    }
    for (Application.Exposure e : app == null || app.exposure() == null
        ? List.<Application.Exposure>of() : app.exposure()) {
      exposure(e);
    }
    services.values().forEach(s -> draft.add(FILE, s.build()));
  }

  private void hostname(String caller, String host) {
    ServiceSelectors.Target t = selectors.forHostname(host);
    if (t == null) {
      d.note("%s refers to host %s, which serves no VM of this plan: keep it resolvable (DNS, or an "
          + "ExternalName Service).", caller, host);
      return;
    }
    if (t.ports().isEmpty()) {
      d.note("No port is known for host %s; add its Service by hand.", host);
      return;
    }
    String name = DnsNames.sanitise1035(host.split("\\.", 2)[0]);
    if (!name.equals(host.toLowerCase(Locale.ROOT))) {
      d.note("Host %s becomes Service %s; the configuration must use that name (it resolves in the "
          + "namespace, or as %s.<namespace>.svc).", host, name, name);
    }
    PendingService s = services.computeIfAbsent(name, n -> new PendingService(n, "ClusterIP", t.selector()));
    if (!s.selector.equals(t.selector())) {
      d.note("Host %s would select other VMs than Service %s already does; kept the first.", host, name);
      return;
    }
    t.ports().forEach(p -> s.add(p, "TCP"));
  }

  private void exposure(Application.Exposure e) {
    ServiceSelectors.Target t = selectors.forRole(e.role());
    if (t == null || e.port() == null) {
      d.note("Exposure of %s on port %s matches no VM of this plan (or has no port); no Service made.",
          e.role(), e.port());
      return;
    }
    String protocol = e.protocol() == null ? "TCP" : e.protocol().toUpperCase(Locale.ROOT);
    boolean external = Boolean.TRUE.equals(e.external());
    if (!external && services.values().stream().anyMatch(s -> s.offers(t.selector(), e.port(), protocol))) {
      return;
    }
    String type = external ? d.options.serviceType() : "ClusterIP";
    String name = DnsNames.sanitise1035(d.subject.label() + "-" + e.role());
    PendingService s = services.get(name);
    if (s == null || !s.selector.equals(t.selector()) || !s.type.equals(type)) {
      name = s == null ? name : DnsNames.sanitise1035(name + "-" + DnsNames.hash(type + e.role()));
      s = services.computeIfAbsent(name, n -> new PendingService(n, type, t.selector()));
    }
    if (e.protocol() == null) {
      d.note("Exposure of %s on port %s has no protocol; TCP is assumed.", e.role(), e.port());
    }
    if (e.external() == null) {
      d.note("Exposure of %s on port %s: whether users outside reach it is unknown; made ClusterIP.", e.role(),
          e.port());
    }
    s.add(e.port(), protocol);
  }

  /** A Service being assembled from several facts. */
  private final class PendingService {
    final String name;
    final String type;
    final Map<String, String> selector;
    final Map<String, ServicePort> ports = new LinkedHashMap<>();

    PendingService(String name, String type, Map<String, String> selector) {
      this.name = name;
      this.type = type;
      this.selector = selector;
    }

    void add(int port, String protocol) {
      String key = protocol.toLowerCase(Locale.ROOT) + "-" + port;
      ports.putIfAbsent(key, new ServicePortBuilder().withName(key).withProtocol(protocol).withPort(port)
          .withTargetPort(new IntOrString(port)).build());
    }

    boolean offers(Map<String, String> sel, int port, String protocol) {
      return selector.equals(sel) && ports.containsKey(protocol.toLowerCase(Locale.ROOT) + "-" + port);
    }

    io.fabric8.kubernetes.api.model.Service build() {
      return new ServiceBuilder().withMetadata(Resources.meta(d, name, Resources.planLabels(d)))
          .withNewSpec().withType(type).withSelector(new LinkedHashMap<>(selector))
          .withPorts(new ArrayList<>(ports.values())).endSpec().build();
    }
  }
}
