package io.kubelift.rubric;

import static io.kubelift.rubric.FactCatalogue.count;
import static io.kubelift.rubric.FactCatalogue.on;
import static io.kubelift.rubric.FactType.BOOLEAN;
import static io.kubelift.rubric.FactType.LIST;
import static io.kubelift.rubric.FactType.NUMBER;
import static io.kubelift.rubric.FactType.STRING;

import io.kubelift.model.Application;
import io.kubelift.model.Disk;
import io.kubelift.model.Vm;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import java.util.function.Function;

/** The {@code app.*} facts. */
final class ApplicationFacts {
  private ApplicationFacts() {}

  static void register(FactCatalogue c) {
    c.add("app.name", STRING, "the application's name", app(a -> a.application().name()));
    c.add("app.pattern", STRING, "HA pattern", app(a -> a.application().pattern()),
        "none", "active-standby-shared-disk", "active-standby-shared-nothing", "active-active");
    c.add("app.clusterSoftware", STRING, "cluster software in the guests", app(a -> a.application().clusterSoftware()));
    c.add("app.fencing.required", BOOLEAN, "the HA design needs fencing (STONITH)",
        app(a -> a.application().fencing() == null ? null : a.application().fencing().required()));
    c.add("app.fencing.mechanism", STRING, "how members are fenced today",
        app(a -> a.application().fencing() == null ? null : a.application().fencing().mechanism()));
    c.add("app.segments.count", NUMBER, "network segments it spans", app(a -> count(a.application().segments())));
    c.add("app.vip", BOOLEAN, "clients use a floating virtual IP", app(a -> ElementFacts.vip(a.application().vip())));
    c.add("app.vms.count", NUMBER, "member VMs found in the inventory", app(a -> a.members().size()));
    c.add("app.roles", LIST, "roles of its members", app(ApplicationFacts::roles));
    c.add("app.externalPorts.count", NUMBER, "ports users outside reach",
        app(a -> FactCatalogue.countWhere(a.application().exposure(), Application.Exposure::external)));
    c.add("app.dependencies.count", NUMBER, "calls between its tiers", app(a -> count(a.application().dependencies())));
    c.add("app.stateful.count", NUMBER, "stateful members",
        app(a -> FactCatalogue.countWhere(a.members(), v -> v.workload() == null ? null : v.workload().stateful())));
    c.add("app.sharedDisks.count", NUMBER, "member disks shared between VMs", app(ApplicationFacts::sharedDisks));
  }

  private static List<String> roles(ApplicationSubject a) {
    TreeSet<String> out = new TreeSet<>();
    for (Application.Member m : a.application().vms()) {
      if (m.role() == null) {
        return null;
      }
      out.add(m.role());
    }
    return new ArrayList<>(out);
  }

  private static Integer sharedDisks(ApplicationSubject a) {
    int n = 0;
    for (Vm v : a.members()) {
      Integer k = FactCatalogue.countWhere(v.disks(), Disk::shared);
      if (k == null) {
        return null;
      }
      n += k;
    }
    return n;
  }

  private static Function<Object, Object> app(Function<ApplicationSubject, Object> f) {
    return on(ApplicationSubject.class, f);
  }
}
