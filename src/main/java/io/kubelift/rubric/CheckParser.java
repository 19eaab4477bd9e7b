package io.kubelift.rubric;

import com.fasterxml.jackson.databind.JsonNode;
import io.kubelift.source.InputException;
import io.kubelift.source.LocatedDocument;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.function.Predicate;

/** Parses {@code {fact: NAME, OPERATOR: OPERAND, whenUnknown: BOOL}} and checks it against the catalogue. */
final class CheckParser {
  private final LocatedDocument doc;
  private final FactCatalogue catalogue;
  private final List<InputException> errors;

  CheckParser(LocatedDocument doc, FactCatalogue catalogue, List<InputException> errors) {
    this.doc = doc;
    this.catalogue = catalogue;
    this.errors = errors;
  }

  Check parse(String at, JsonNode n, Predicate<Fact> inScope) {
    if (!n.has("fact")) {
      errors.add(doc.error(at, "a condition needs 'all', 'any', 'not' or 'fact'"));
      return null;
    }
    String name = n.get("fact").asText();
    Fact fact = catalogue.get(name);
    if (fact == null) {
      errors.add(doc.error(at + "/fact", "unknown fact '" + name + "'"));
      return null;
    }
    if (!inScope.test(fact)) {
      errors.add(doc.error(at + "/fact", "fact '" + name + "' is not available in this rule's scope"));
      return null;
    }
    Operator op = null;
    String opKey = null;
    Boolean whenUnknown = null;
    for (Iterator<String> it = n.fieldNames(); it.hasNext(); ) {
      String k = it.next();
      if ("fact".equals(k)) {
        continue;
      }
      if ("whenUnknown".equals(k)) {
        whenUnknown = booleanAt(at + "/whenUnknown", n.get(k));
        continue;
      }
      Operator o = Operator.byKey(k);
      if (o == null) {
        errors.add(doc.error(at + "/" + k, "unknown operator '" + k + "'; expected one of " + operators()));
        return null;
      }
      if (op != null) {
        errors.add(doc.error(at + "/" + k, "one operator per check: found '" + opKey + "' and '" + k + "'"));
        return null;
      }
      op = o;
      opKey = k;
    }
    if (op == null) {
      errors.add(doc.error(at, "check on '" + name + "' has no operator"));
      return null;
    }
    if (!op.accepts(fact.type())) {
      errors.add(doc.error(at + "/" + opKey, "operator '" + opKey + "' does not apply to " + fact.type()
          .name().toLowerCase(java.util.Locale.ROOT) + " fact '" + name + "'"));
      return null;
    }
    Object operand = operand(at + "/" + opKey, n.get(opKey), op, fact);
    return operand == null ? null : new Check(fact, op, operand, whenUnknown);
  }

  private Object operand(String at, JsonNode v, Operator op, Fact fact) {
    switch (op) {
      case EXISTS:
        return booleanAt(at, v);
      case IN:
      case NOT_IN:
        if (!v.isArray() || v.isEmpty()) {
          errors.add(doc.error(at, "'" + op.key() + "' needs a non-empty list"));
          return null;
        }
        List<Object> items = new ArrayList<>();
        for (int i = 0; i < v.size(); i++) {
          items.add(scalar(at + "/" + i, v.get(i), fact));
        }
        return items.contains(null) ? null : List.copyOf(items);
      case GT:
      case GTE:
      case LT:
      case LTE:
        if (!v.isNumber()) {
          errors.add(doc.error(at, "'" + op.key() + "' needs a number"));
          return null;
        }
        return v.doubleValue();
      case MATCHES:
        java.util.regex.Pattern p = RuleParser.regex(v.asText());
        if (p == null || !v.isTextual()) {
          errors.add(doc.error(at, "'matches' needs a valid regular expression"));
        }
        return p;
      case CONTAINS:
        return v.isTextual() ? v.asText() : bad(at, "'contains' needs a string");
      default:
        return scalar(at, v, fact);
    }
  }

  private Object scalar(String at, JsonNode v, Fact fact) {
    switch (fact.type()) {
      case BOOLEAN:
        return booleanAt(at, v);
      case NUMBER:
        return v.isNumber() ? (Object) v.doubleValue() : bad(at, "expected a number for '" + fact.name() + "'");
      case VERSION:
        return v.isValueNode() ? v.asText() : bad(at, "expected a version for '" + fact.name() + "'");
      default:
        if (!v.isTextual()) {
          return bad(at, "expected text for '" + fact.name() + "'");
        }
        if (!fact.values().isEmpty() && !fact.values().contains(v.asText())) {
          return bad(at, "'" + v.asText() + "' is not a value of " + fact.name() + "; expected one of "
              + fact.values());
        }
        return v.asText();
    }
  }

  private Boolean booleanAt(String at, JsonNode v) {
    if (v == null || !v.isBoolean()) {
      errors.add(doc.error(at, "expected true or false"));
      return null;
    }
    return v.booleanValue();
  }

  private Object bad(String at, String reason) {
    errors.add(doc.error(at, reason));
    return null;
  }

  private static List<String> operators() {
    List<String> out = new ArrayList<>();
    for (Operator o : Operator.values()) {
      out.add(o.key());
    }
    return out;
  }
}
