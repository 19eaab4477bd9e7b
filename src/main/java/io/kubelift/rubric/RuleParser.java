package io.kubelift.rubric;

import com.fasterxml.jackson.databind.JsonNode;
import io.kubelift.model.Dimension;
import io.kubelift.model.Rating;
import io.kubelift.source.InputException;
import io.kubelift.source.LocatedDocument;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/** Parses and checks one rule: known keys, known facts in scope, operators that fit the facts' types. */
final class RuleParser {
  private static final Set<String> RULE_KEYS = Set.of("id", "title", "appliesTo", "forEach", "when", "dimension",
      "rating", "blocker", "liveMigration", "message", "rationale", "remediation", "references");
  private static final Pattern ID = Pattern.compile("[A-Z][A-Z0-9]*(-[A-Z0-9]+)*");
  private static final Pattern URL = Pattern.compile("https://\\S+");

  private final LocatedDocument doc;
  private final FactCatalogue catalogue;
  private final List<InputException> errors;

  RuleParser(LocatedDocument doc, FactCatalogue catalogue, List<InputException> errors) {
    this.doc = doc;
    this.catalogue = catalogue;
    this.errors = errors;
  }

  /** The rule at {@code at}, or {@code null} after recording why it is invalid. */
  Rule parse(String at, JsonNode n) {
    int before = errors.size();
    if (!n.isObject()) {
      errors.add(doc.error(at, "a rule must be a mapping"));
      return null;
    }
    RubricLoader.keys(doc, at, n, RULE_KEYS, errors);
    String id = text(at, n, "id");
    if (!id.isEmpty() && !ID.matcher(id).matches()) {
      errors.add(doc.error(at + "/id", "rule id '" + id + "' must be upper case words joined by '-'"));
    }
    Target target = target(at, n);
    Scope each = forEach(at, n, target);
    Condition when = n.has("when") ? condition(at + "/when", n.get("when"), target, each) : null;
    if (when == null && !n.has("when")) {
      errors.add(doc.error(at, "missing required field 'when'"));
    }
    Dimension dim = Dimension.byKey(text(at, n, "dimension"));
    if (dim == null && n.has("dimension")) {
      errors.add(doc.error(at + "/dimension", "dimension must be one of imageMigration, configuration, "
          + "reliability, maintenance"));
    }
    Rating rating = rating(at, n);
    MessageTemplate message = message(at, n, target, each);
    List<String> refs = references(at, n);
    Rule r = new Rule(id, text(at, n, "title"), target, each, when, dim, rating, bool(at, n, "blocker"),
        liveMigration(at, n, target), message, text(at, n, "rationale"), text(at, n, "remediation"), refs,
        doc.file() + ":" + doc.line(at));
    return errors.size() == before ? r : null;
  }

  private Target target(String at, JsonNode n) {
    String t = text(at, n, "appliesTo");
    for (Target x : Target.values()) {
      if (x.key().equals(t)) {
        return x;
      }
    }
    if (!t.isEmpty()) {
      errors.add(doc.error(at + "/appliesTo", "appliesTo must be 'vm' or 'application'"));
    }
    return null;
  }

  private Scope forEach(String at, JsonNode n, Target target) {
    if (!n.has("forEach")) {
      return null;
    }
    Scope s = Scope.element(n.get("forEach").asText());
    if (s == null || target != Target.VM) {
      errors.add(doc.error(at + "/forEach", "forEach must be disk, nic or device, on a vm rule"));
    }
    return s;
  }

  private Rating rating(String at, JsonNode n) {
    String r = text(at, n, "rating");
    for (Rating x : Rating.values()) {
      if (x.name().equals(r)) {
        return x;
      }
    }
    if (!r.isEmpty()) {
      errors.add(doc.error(at + "/rating", "rating must be EASY, MEDIUM or HARD"));
    }
    return null;
  }

  private LiveMigrationEffect liveMigration(String at, JsonNode n, Target target) {
    if (!n.has("liveMigration")) {
      return LiveMigrationEffect.NONE;
    }
    String v = n.get("liveMigration").asText();
    if (target == Target.VM && ("blocks".equals(v) || "caveat".equals(v))) {
      return "blocks".equals(v) ? LiveMigrationEffect.BLOCKS : LiveMigrationEffect.CAVEAT;
    }
    errors.add(doc.error(at + "/liveMigration", "liveMigration must be 'blocks' or 'caveat', on a vm rule"));
    return LiveMigrationEffect.NONE;
  }

  private MessageTemplate message(String at, JsonNode n, Target target, Scope each) {
    String text = text(at, n, "message");
    try {
      MessageTemplate m = MessageTemplate.compile(text, catalogue);
      for (Fact f : m.facts()) {
        if (!inScope(f, target, each)) {
          errors.add(doc.error(at + "/message", "message names fact '" + f.name() + "', not available here"));
        }
      }
      return m;
    } catch (IllegalArgumentException e) {
      errors.add(doc.error(at + "/message", e.getMessage()));
      return null;
    }
  }

  private List<String> references(String at, JsonNode n) {
    List<String> refs = new ArrayList<>();
    JsonNode r = n.get("references");
    if (r == null || !r.isArray() || r.isEmpty()) {
      errors.add(doc.error(at, "missing required field 'references' (a list of https URLs)"));
      return refs;
    }
    for (int i = 0; i < r.size(); i++) {
      String u = r.get(i).asText();
      if (!URL.matcher(u).matches()) {
        errors.add(doc.error(at + "/references/" + i, "reference '" + u + "' is not an https URL"));
      }
      refs.add(u);
    }
    return refs;
  }

  private Condition condition(String at, JsonNode n, Target target, Scope each) {
    if (!n.isObject() || n.size() == 0) {
      errors.add(doc.error(at, "a condition must be a mapping: all, any, not or fact"));
      return null;
    }
    if (n.has("all") || n.has("any")) {
      String key = n.has("all") ? "all" : "any";
      RubricLoader.keys(doc, at, n, Set.of(key), errors);
      JsonNode list = n.get(key);
      if (!list.isArray() || list.isEmpty()) {
        errors.add(doc.error(at + "/" + key, "'" + key + "' needs a non-empty list of conditions"));
        return null;
      }
      List<Condition> cs = new ArrayList<>();
      for (int i = 0; i < list.size(); i++) {
        cs.add(condition(at + "/" + key + "/" + i, list.get(i), target, each));
      }
      if (cs.contains(null)) {
        return null;
      }
      return "all".equals(key) ? new Condition.AllOf(cs) : new Condition.AnyOf(cs);
    }
    if (n.has("not")) {
      RubricLoader.keys(doc, at, n, Set.of("not"), errors);
      Condition c = condition(at + "/not", n.get("not"), target, each);
      return c == null ? null : new Condition.NotOf(c);
    }
    return new CheckParser(doc, catalogue, errors).parse(at, n, f -> inScope(f, target, each));
  }

  static boolean inScope(Fact f, Target target, Scope each) {
    switch (f.scope()) {
      case CLUSTER:
        return true;
      case VM:
        return target == Target.VM;
      case APPLICATION:
        return target == Target.APPLICATION;
      default:
        return f.scope() == each;
    }
  }

  private String text(String at, JsonNode n, String key) {
    JsonNode v = n.get(key);
    if (v == null) {
      if (!"forEach".equals(key)) {
        errors.add(doc.error(at, "missing required field '" + key + "'"));
      }
      return "";
    }
    if (!v.isTextual() || v.asText().isBlank()) {
      errors.add(doc.error(at + "/" + key, "'" + key + "' must be non-empty text"));
      return "";
    }
    return v.asText();
  }

  private boolean bool(String at, JsonNode n, String key) {
    JsonNode v = n.get(key);
    if (v == null) {
      return false;
    }
    if (!v.isBoolean()) {
      errors.add(doc.error(at + "/" + key, "'" + key + "' must be true or false"));
      return false;
    }
    return v.booleanValue();
  }

  /** Regex compile with the error recorded, for {@code matches}. */
  static Pattern regex(String s) {
    try {
      return Pattern.compile(s);
    } catch (PatternSyntaxException e) {
      return null;
    }
  }
}
