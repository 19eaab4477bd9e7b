package io.kubelift.rubric;

import com.fasterxml.jackson.databind.JsonNode;
import io.kubelift.source.InputException;
import io.kubelift.source.LocatedDocument;
import io.kubelift.source.SafeYaml;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Loads a rubric: a {@code rubric.yaml} header (id, version, title, the rule files it includes) and rule files.
 * Every error is collected with its file and line; a rubric with any error is refused whole.
 */
public final class RubricLoader {
  /** The header's format tag. */
  public static final String FORMAT = "rubric/v1";
  /** The class-path location of the rubric shipped in the jar. */
  public static final String BUILT_IN = "/rubrics/kubevirt/rubric.yaml";

  private static final Set<String> HEADER_KEYS =
      Set.of("kubelift", "id", "version", "title", "description", "include", "rules");
  private static final Set<String> FILE_KEYS = Set.of("kubelift", "rules");

  private final FactCatalogue catalogue;
  private final List<InputException> errors = new ArrayList<>();

  private RubricLoader(FactCatalogue catalogue) {
    this.catalogue = catalogue;
  }

  /** Loads a rubric from a directory holding {@code rubric.yaml}, or from that file itself. */
  public static Rubric load(Path path) {
    Path header = Files.isDirectory(path) ? path.resolve("rubric.yaml") : path;
    if (!Files.isRegularFile(header)) {
      throw new InputException(path.toString(), 0, "no rubric here: expected a directory with rubric.yaml");
    }
    Path dir = header.toAbsolutePath().normalize().getParent();
    return new RubricLoader(FactCatalogue.standard()).loadAll(
        SafeYaml.read(header, header.toString()), name -> {
          Path p = dir.resolve(name).normalize();
          if (!p.startsWith(dir) || !Files.isRegularFile(p)) {
            return null;
          }
          return SafeYaml.read(p, header.getParent() == null ? name : header.getParent().resolve(name).toString());
        }, header.toString());
  }

  /** Loads the rubric the jar carries. */
  public static Rubric loadBuiltIn() {
    String base = BUILT_IN.substring(0, BUILT_IN.lastIndexOf('/') + 1);
    return new RubricLoader(FactCatalogue.standard()).loadAll(resource(BUILT_IN), name -> {
      if (name.contains("..")) {
        return null;
      }
      return RubricLoader.class.getResource(base + name) == null ? null : resource(base + name);
    }, "classpath:" + BUILT_IN);
  }

  private static LocatedDocument resource(String name) {
    try (InputStream in = RubricLoader.class.getResourceAsStream(name)) {
      if (in == null) {
        throw new InputException("classpath:" + name, 0, "missing from the jar");
      }
      return SafeYaml.parse(in.readAllBytes(), "classpath:" + name, false);
    } catch (IOException e) {
      throw new InputException("classpath:" + name, 0, e.getMessage());
    }
  }

  private Rubric loadAll(LocatedDocument header, java.util.function.Function<String, LocatedDocument> include,
      String source) {
    JsonNode h = header.root();
    if (!h.isObject()) {
      throw new InvalidRubricException(List.of(header.error("", "a rubric header must be a mapping")));
    }
    keys(header, "", h, HEADER_KEYS);
    if (!FORMAT.equals(h.path("kubelift").asText())) {
      errors.add(header.error("/kubelift", "expected 'kubelift: " + FORMAT + "'"));
    }
    String id = required(header, h, "id");
    String version = required(header, h, "version");
    String title = required(header, h, "title");
    List<Rule> rules = new ArrayList<>();
    Map<String, String> seen = new HashMap<>();
    readRules(header, rules, seen);
    JsonNode inc = h.path("include");
    for (int i = 0; i < inc.size(); i++) {
      LocatedDocument doc;
      try {
        doc = include.apply(inc.get(i).asText());
      } catch (InputException e) {
        errors.add(e);
        continue;
      }
      if (doc == null) {
        errors.add(header.error("/include/" + i, "included rule file '" + inc.get(i).asText() + "' not found"));
        continue;
      }
      if (!doc.root().isObject()) {
        errors.add(doc.error("", "a rule file must be a mapping with 'rules'"));
        continue;
      }
      keys(doc, "", doc.root(), FILE_KEYS);
      readRules(doc, rules, seen);
    }
    if (!errors.isEmpty()) {
      throw new InvalidRubricException(errors);
    }
    return new Rubric(id, version, title, rules, source);
  }

  private void readRules(LocatedDocument doc, List<Rule> rules, Map<String, String> seen) {
    JsonNode list = doc.root().path("rules");
    if (list.isMissingNode()) {
      return;
    }
    if (!list.isArray()) {
      errors.add(doc.error("/rules", "'rules' must be a list"));
      return;
    }
    RuleParser parser = new RuleParser(doc, catalogue, errors);
    for (int i = 0; i < list.size(); i++) {
      Rule r = parser.parse("/rules/" + i, list.get(i));
      if (r == null) {
        continue;
      }
      String prev = seen.putIfAbsent(r.id(), r.source());
      if (prev != null) {
        errors.add(doc.error("/rules/" + i + "/id", "duplicate rule id " + r.id() + " (first defined at " + prev
            + ")"));
      } else {
        rules.add(r);
      }
    }
  }

  private String required(LocatedDocument doc, JsonNode node, String key) {
    JsonNode v = node.get(key);
    if (v == null || !v.isValueNode() || v.asText().isBlank()) {
      errors.add(doc.error("", "missing required field '" + key + "'"));
      return "";
    }
    return v.asText();
  }

  static void keys(LocatedDocument doc, String at, JsonNode node, Set<String> allowed, List<InputException> errs) {
    for (Iterator<String> it = node.fieldNames(); it.hasNext(); ) {
      String k = it.next();
      if (!allowed.contains(k)) {
        errs.add(doc.error(at + "/" + k, "unknown field '" + k + "'; expected one of " + new java.util.TreeSet<>(
            allowed)));
      }
    }
  }

  private void keys(LocatedDocument doc, String at, JsonNode node, Set<String> allowed) {
    keys(doc, at, node, allowed, errors);
  }
}
