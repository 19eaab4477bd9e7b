package io.kubelift.report;

import static io.kubelift.rubric.ClusterFactNames.K8S_VERSION;
import static io.kubelift.rubric.ClusterFactNames.NODES;
import static io.kubelift.rubric.ClusterFactNames.NODES_ARCHITECTURES;
import static io.kubelift.rubric.ClusterFactNames.NODES_KVM;
import static io.kubelift.rubric.ClusterFactNames.NODES_UNSCHEDULABLE;

import io.kubelift.assess.Assessment;
import io.kubelift.model.ClusterFacts;
import io.kubelift.rubric.Fact;
import io.kubelift.rubric.FactCatalogue;
import io.kubelift.rubric.Scope;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The target cluster section of every report: where the facts came from, the cluster in one line, its capabilities
 * in plain words, the capacity fit, the unknown facts grouped by why, and every cluster fact with its meaning. Every
 * fact the catalogue knows is listed, known or not, so a reader sees what was not found as well as what was. All
 * cluster text is cleaned here and escaped by each template's output format: a snapshot is as untrusted as an
 * inventory.
 */
final class ClusterSection {
  private ClusterSection() {}

  /**
   * A cluster fact.
   *
   * @param name e.g. {@code cluster.storage.rwx}
   * @param value its value as text, or {@code null} when unknown
   * @param meaning what it means, from the fact catalogue; {@code null} for a fact the catalogue does not know
   * @param reason why it is unknown, when it is
   */
  public record FactRow(String name, String value, String meaning, String reason) {}

  /**
   * Facts unknown for one reason.
   *
   * @param reason why
   * @param facts their names
   */
  public record UnknownGroup(String reason, List<String> facts) {}

  /** The section's model; {@code given} is false, and nothing else is set, when no cluster was given. */
  static Map<String, Object> of(Assessment a) {
    ClusterFacts c = a.cluster();
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("given", c.given());
    if (!c.given()) {
      return m;
    }
    List<FactRow> facts = facts(c);
    m.put("source", c.source() == null ? "an unnamed source" : Text.clean(c.source()));
    m.put("known", c.facts().size());
    m.put("unknownCount", facts.size() - c.facts().size());
    m.put("overview", overview(c));
    m.put("capabilities", ClusterCapabilities.of(c));
    m.put("capacity", CapacityView.of(a));
    m.put("unknown", unknownGroups(facts));
    m.put("facts", facts);
    return m;
  }

  /** Every catalogued cluster fact and any other the source stated, by name. */
  private static List<FactRow> facts(ClusterFacts c) {
    Map<String, FactRow> rows = new TreeMap<>();
    for (Fact f : FactCatalogue.standard().all()) {
      if (f.scope() == Scope.CLUSTER) {
        Object v = c.get(f.name());
        rows.put(f.name(), new FactRow(f.name(), v == null ? null : value(v), f.description(),
            v == null ? reason(c, f.name()) : null));
      }
    }
    c.facts().forEach((k, v) -> rows.putIfAbsent(k, new FactRow(Text.clean(k), value(v), null, null)));
    return new ArrayList<>(rows.values());
  }

  /** The unknown facts grouped by reason, a group where its first fact falls in name order. */
  private static List<UnknownGroup> unknownGroups(List<FactRow> facts) {
    Map<String, List<String>> byReason = new LinkedHashMap<>();
    for (FactRow f : facts) {
      if (f.value() == null) {
        byReason.computeIfAbsent(f.reason(), k -> new ArrayList<>()).add(f.name());
      }
    }
    List<UnknownGroup> out = new ArrayList<>();
    byReason.forEach((reason, names) -> out.add(new UnknownGroup(reason, names)));
    return out;
  }

  /** The cluster in one line: Kubernetes version, nodes, architectures; what is unknown is left out. */
  private static String overview(ClusterFacts c) {
    List<String> parts = new ArrayList<>();
    if (c.get(K8S_VERSION) != null) {
      parts.add("Kubernetes " + value(c.get(K8S_VERSION)));
    }
    if (c.get(NODES) != null) {
      StringBuilder nodes = new StringBuilder(value(c.get(NODES))).append(" schedulable nodes");
      if (c.get(NODES_KVM) != null) {
        nodes.append(" (").append(value(c.get(NODES_KVM))).append(" with KVM)");
      }
      parts.add(nodes.toString());
    }
    if (c.get(NODES_UNSCHEDULABLE) != null) {
      parts.add(value(c.get(NODES_UNSCHEDULABLE)) + " cordoned or tainted");
    }
    if (c.get(NODES_ARCHITECTURES) != null) {
      parts.add(value(c.get(NODES_ARCHITECTURES)));
    }
    return parts.isEmpty() ? "Kubernetes version and nodes unknown" : String.join(" · ", parts);
  }

  /** Why a fact is unknown, as the reader said, or that the source did not say. */
  static String reason(ClusterFacts c, String fact) {
    String why = c.unknownReasons().get(fact);
    return why == null ? "not stated by the source" : Text.clean(why);
  }

  /**
   * A fact's value as text: lists joined by commas, or by semicolons where an item has commas of its own (a storage
   * class's description), {@code none} when empty; whole numbers without decimals.
   */
  static String value(Object v) {
    if (v instanceof List) {
      List<String> items = new ArrayList<>();
      ((List<?>) v).forEach(i -> items.add(Text.clean(String.valueOf(i))));
      boolean commas = items.stream().anyMatch(i -> i.contains(","));
      return items.isEmpty() ? "none" : String.join(commas ? "; " : ", ", items);
    }
    if (v instanceof Number) {
      return Labels.number(((Number) v).doubleValue());
    }
    return Text.clean(String.valueOf(v));
  }
}
