package io.kubelift;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;

/**
 * Reads {@code assessment.json} 2.0 as a consumer would (docs/assessment-json.md): findings rebuilt from rule ids,
 * placeholder values and the shared sets of undecided findings, messages spelled out from the rules' templates, and
 * live-migration reasons worked out from the rules' effects. Tests use it so that they check what a reader of the
 * file sees, and so that the layout is proven to be enough to say everything 1.0 said.
 */
public final class AssessmentJson {
  private AssessmentJson() {}

  /** The ids of the rules that fired on a VM or application. */
  public static List<String> fired(JsonNode subject) {
    List<String> out = new ArrayList<>();
    subject.path("findings").fieldNames().forEachRemaining(out::add);
    return out;
  }

  /** The ids of the rules left undecided on a VM or application. */
  public static List<String> undecided(JsonNode doc, JsonNode subject) {
    List<String> out = new ArrayList<>();
    for (JsonNode f : findings(doc, subject)) {
      if (f.path("status").asText().equals("UNKNOWN")) {
        out.add(f.path("rule").asText());
      }
    }
    return out;
  }

  /**
   * Every finding of a VM or application in rule order, as objects with {@code rule}, {@code status} ({@code FIRED}
   * or {@code UNKNOWN}), {@code message}, and the rule's {@code dimension}, {@code rating} and {@code blocker}.
   */
  public static List<JsonNode> findings(JsonNode doc, JsonNode subject) {
    JsonNode rules = doc.path("rules");
    List<JsonNode> out = new ArrayList<>();
    for (Iterator<String> ids = rules.fieldNames(); ids.hasNext(); ) {
      String id = ids.next();
      JsonNode values = subject.path("findings").get(id);
      if (values != null) {
        out.add(finding(rules.get(id), id, "FIRED", message(rules.get(id), id, subject, values)));
      }
      if (subject.has("undecided")) {
        for (JsonNode u : doc.path("undecided").get(subject.path("undecided").asInt())) {
          if (u.path("rule").asText().equals(id)) {
            out.add(finding(rules.get(id), id, "UNKNOWN", u.path("message").asText()));
          }
        }
      }
    }
    return out;
  }

  /** The message of a rule's finding on a VM or application. */
  public static String message(JsonNode doc, JsonNode subject, String rule) {
    for (JsonNode f : findings(doc, subject)) {
      if (f.path("rule").asText().equals(rule)) {
        return f.path("message").asText();
      }
    }
    throw new AssertionError("no finding " + rule);
  }

  /** Why a VM's live migration is decided as it is, {@code RULE: message} each, as KubeLift's explain says it. */
  public static List<String> liveMigrationReasons(JsonNode doc, JsonNode vm) {
    List<JsonNode> all = findings(doc, vm);
    List<String> blocks = pick(doc, all, "blocks", "FIRED");
    List<String> unknown = pick(doc, all, "blocks", "UNKNOWN");
    return !blocks.isEmpty() ? blocks : !unknown.isEmpty() ? unknown : pick(doc, all, "caveat", "FIRED");
  }

  /** A VM's sources: those listed, or else its one source. */
  public static List<String> sources(JsonNode vm) {
    List<String> out = new ArrayList<>();
    if (vm.has("sources")) {
      vm.path("sources").forEach(s -> out.add(s.asText()));
    } else {
      out.add(vm.path("source").asText());
    }
    return out;
  }

  private static List<String> pick(JsonNode doc, List<JsonNode> findings, String effect, String status) {
    List<String> out = new ArrayList<>();
    for (JsonNode f : findings) {
      String rule = f.path("rule").asText();
      if (doc.path("rules").path(rule).path("liveMigration").asText().equals(effect)
          && f.path("status").asText().equals(status)) {
        out.add(rule + ": " + f.path("message").asText());
      }
    }
    return out;
  }

  private static String message(JsonNode rule, String id, JsonNode subject, JsonNode values) {
    if (subject.path("messages").has(id)) {
      return subject.path("messages").path(id).asText();
    }
    String template = rule.path("message").asText();
    List<String> parts = new ArrayList<>();
    for (JsonNode element : values.isEmpty() ? List.of(JsonNodeFactory.instance.arrayNode()) : values) {
      parts.add(render(template, element));
    }
    int more = subject.path("more").path(id).asInt(0);
    return String.join("; ", parts) + (more > 0 ? "; and " + more + " more" : "");
  }

  private static String render(String template, JsonNode values) {
    StringBuilder sb = new StringBuilder();
    int i = 0;
    int at = 0;
    for (int open = template.indexOf('{'); open >= 0; open = template.indexOf('{', at)) {
      int close = template.indexOf('}', open);
      sb.append(template, at, open).append(values.get(i++).asText());
      at = close + 1;
    }
    return sb.append(template.substring(at)).toString();
  }

  private static ObjectNode finding(JsonNode rule, String id, String status, String message) {
    ObjectNode f = JsonNodeFactory.instance.objectNode();
    f.put("rule", id);
    f.put("status", status);
    f.put("message", message);
    f.put("dimension", rule.path("dimension").asText());
    f.put("rating", rule.path("rating").asText());
    f.put("blocker", rule.path("blocker").asBoolean());
    return f;
  }
}
