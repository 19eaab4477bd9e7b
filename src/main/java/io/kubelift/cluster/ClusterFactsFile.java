package io.kubelift.cluster;

import com.fasterxml.jackson.core.io.JsonStringEncoder;
import com.fasterxml.jackson.databind.JsonNode;
import io.kubelift.model.ClusterFacts;
import io.kubelift.rubric.Fact;
import io.kubelift.rubric.FactCatalogue;
import io.kubelift.rubric.FactType;
import io.kubelift.rubric.Scope;
import io.kubelift.source.InputException;
import io.kubelift.source.LocatedDocument;
import io.kubelift.source.SafeYaml;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The cluster-facts snapshot: what {@code cluster check --save} writes and {@code --cluster-facts} reads, so that
 * an assessment can run without credentials. A versioned header, the source it was read from, the known facts and
 * the reasons the others are unknown. Facts are checked against the catalogue: a name it does not know or a value
 * of the wrong type is an error with file and line.
 */
public final class ClusterFactsFile {
  /** The header that marks a snapshot. */
  public static final String FORMAT = "cluster-facts/v1";
  private static final Set<String> KEYS = Set.of("kubelift", "source", "facts", "unknown");

  private ClusterFactsFile() {}

  /** The snapshot as YAML text: facts sorted by name, strings quoted, one fact a line. */
  public static String write(ClusterFacts facts) {
    StringBuilder sb = new StringBuilder(4096);
    sb.append("# Target cluster facts for KubeLift (kubelift cluster check --save); use with --cluster-facts.\n")
        .append("# Facts not listed are unknown; 'unknown' says why where the reader knew.\n")
        .append("kubelift: ").append(FORMAT).append('\n')
        .append("source: ").append(quote(facts.source() == null ? "unnamed" : facts.source())).append('\n')
        .append("facts:").append(facts.facts().isEmpty() ? " {}\n" : "\n");
    facts.facts().forEach((k, v) -> sb.append("  ").append(k).append(": ").append(value(v)).append('\n'));
    sb.append("unknown:").append(facts.unknownReasons().isEmpty() ? " {}\n" : "\n");
    facts.unknownReasons().forEach((k, v) -> sb.append("  ").append(k).append(": ").append(quote(v)).append('\n'));
    return sb.toString();
  }

  private static String value(Object v) {
    if (v instanceof List) {
      List<String> items = new ArrayList<>();
      ((List<?>) v).forEach(i -> items.add(quote(String.valueOf(i))));
      return "[" + String.join(", ", items) + "]";
    }
    return v instanceof String ? quote((String) v) : String.valueOf(v);
  }

  /** A YAML double-quoted scalar; JSON's escapes are valid in it. */
  static String quote(String s) {
    return "\"" + new String(JsonStringEncoder.getInstance().quoteAsString(s)) + "\"";
  }

  /** Reads a snapshot; the path as given names it in errors. */
  public static ClusterFacts read(Path file) {
    LocatedDocument doc = SafeYaml.read(file, file.toString());
    JsonNode root = doc.root();
    if (!root.isObject() || !FORMAT.equals(root.path("kubelift").asText(null))) {
      throw doc.error("", "not a cluster-facts snapshot: expected 'kubelift: " + FORMAT + "'");
    }
    for (Iterator<String> it = root.fieldNames(); it.hasNext(); ) {
      String k = it.next();
      if (!KEYS.contains(k)) {
        throw doc.error("/" + escape(k), "unknown key '" + k + "'; expected kubelift, source, facts, unknown");
      }
    }
    JsonNode source = root.get("source");
    if (source != null && !source.isTextual()) {
      throw doc.error("/source", "'source' must be text");
    }
    FactSheet sheet = new FactSheet();
    for (Map.Entry<String, JsonNode> e : entries(doc, "facts")) {
      Fact f = clusterFact(doc, "/facts", e.getKey());
      Object v = FactSheet.normalize(f.type(), plain(e.getValue(), f.type()));
      if (v == null) {
        throw doc.error("/facts/" + escape(e.getKey()), "expected " + expected(f.type()) + " for '"
            + f.name() + "'");
      }
      sheet.put(f.name(), v);
    }
    for (Map.Entry<String, JsonNode> e : entries(doc, "unknown")) {
      Fact f = clusterFact(doc, "/unknown", e.getKey());
      String at = "/unknown/" + escape(e.getKey());
      if (!e.getValue().isTextual()) {
        throw doc.error(at, "the reason must be text");
      }
      if (sheet.has(f.name())) {
        throw doc.error(at, "'" + f.name() + "' is both known and unknown");
      }
      sheet.unknown(e.getValue().asText(), f.name());
    }
    return sheet.asRead(source == null ? file.toString() : source.asText());
  }

  private static List<Map.Entry<String, JsonNode>> entries(LocatedDocument doc, String key) {
    JsonNode n = doc.root().get(key);
    if (n == null || n.isNull()) {
      return List.of();
    }
    if (!n.isObject()) {
      throw doc.error("/" + key, "'" + key + "' must map fact names to values");
    }
    List<Map.Entry<String, JsonNode>> out = new ArrayList<>();
    n.fields().forEachRemaining(out::add);
    return out;
  }

  private static Fact clusterFact(LocatedDocument doc, String at, String name) {
    Fact f = FactCatalogue.standard().get(name);
    if (f == null || f.scope() != Scope.CLUSTER) {
      throw doc.error(at + "/" + escape(name), "unknown cluster fact '" + name + "' (kubelift rubric facts lists them)");
    }
    return f;
  }

  /** The node as a plain Java value when its JSON type fits the fact type; otherwise {@code null}. */
  private static Object plain(JsonNode n, FactType type) {
    switch (type) {
      case BOOLEAN:
        return n.isBoolean() ? n.booleanValue() : null;
      case NUMBER:
        return n.isNumber() ? n.numberValue() : null;
      case LIST:
        if (!n.isArray()) {
          return null;
        }
        List<Object> items = new ArrayList<>();
        n.forEach(i -> items.add(i.isTextual() ? i.asText() : i));
        return items;
      default:
        return n.isTextual() ? n.asText() : null;
    }
  }

  private static String expected(FactType type) {
    switch (type) {
      case BOOLEAN:
        return "true or false";
      case NUMBER:
        return "a number";
      case LIST:
        return "a list of text";
      default:
        return "text (quote numbers such as \"1.30\")";
    }
  }

  /** A key as a JSON Pointer segment. */
  private static String escape(String key) {
    return key.replace("~", "~0").replace("/", "~1");
  }
}
