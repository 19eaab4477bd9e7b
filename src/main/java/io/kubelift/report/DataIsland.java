package io.kubelift.report;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import io.kubelift.assess.AppAssessment;
import io.kubelift.assess.Assessment;
import io.kubelift.assess.Grade;
import io.kubelift.assess.VmAssessment;
import io.kubelift.model.Dimension;
import io.kubelift.rubric.Finding;
import io.kubelift.rubric.FindingStatus;
import io.kubelift.rubric.Rule;
import java.io.IOException;
import java.io.StringWriter;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The HTML report's data: every VM and application as a JSON array row (column names stated once), findings as
 * {@code [rule index, fired, message]} with each rule's texts stated once, so that the page renders only the rows
 * in view and a large estate stays a compact page. Grades are indexes into {@code grades}.
 *
 * <p>The JSON goes inside {@code <script type="application/json">}, where the HTML parser ends the element at the
 * first {@code </script>} whatever JSON thinks: so {@code <}, {@code >} and {@code &} are written as
 * {@code \u003c}-style escapes (they can only occur inside strings), as are U+2028 and U+2029.
 */
final class DataIsland {
  static final List<String> VM_COLUMNS = List.of("name", "application", "role", "source", "imageMigration",
      "configuration", "reliability", "maintenance", "overall", "blocked", "confidence", "liveMigratable", "diskGiB",
      "findings", "liveReasons");
  static final List<String> APP_COLUMNS = List.of("name", "pattern", "vms", "missing", "imageMigration",
      "configuration", "reliability", "maintenance", "overall", "blocked", "confidence", "plan", "findings");
  private static final JsonFactory JSON = new JsonFactory();

  private DataIsland() {}

  static String of(Assessment a, Map<String, String> planLinks) throws IOException {
    StringWriter w = new StringWriter(4096 + a.vms().size() * 256);
    Map<String, Integer> ruleIndex = new HashMap<>();
    try (JsonGenerator g = JSON.createGenerator(w)) {
      g.writeStartObject();
      strings(g, "grades", java.util.Arrays.stream(Grade.values()).map(Grade::name).toList());
      strings(g, "dimensions", java.util.Arrays.stream(Dimension.values()).map(Dimension::label).toList());
      g.writeArrayFieldStart("rules");
      for (Rule r : a.rubric().rules()) {
        ruleIndex.put(r.id(), ruleIndex.size());
        rule(g, r);
      }
      g.writeEndArray();
      strings(g, "vmColumns", VM_COLUMNS);
      g.writeArrayFieldStart("vms");
      for (VmAssessment v : a.vms()) {
        vm(g, v, ruleIndex);
      }
      g.writeEndArray();
      strings(g, "appColumns", APP_COLUMNS);
      g.writeArrayFieldStart("apps");
      for (AppAssessment app : a.applications()) {
        app(g, app, planLinks.get(app.application().name()), ruleIndex);
      }
      g.writeEndArray();
      g.writeEndObject();
    }
    return escapeForScript(w.toString());
  }

  private static void rule(JsonGenerator g, Rule r) throws IOException {
    g.writeStartObject();
    g.writeStringField("id", Text.clean(r.id()));
    g.writeStringField("title", Text.clean(r.title()));
    g.writeNumberField("dimension", r.dimension().ordinal());
    g.writeStringField("rating", r.rating().name());
    g.writeBooleanField("blocker", r.blocker());
    g.writeStringField("rationale", Text.clean(r.rationale().strip()));
    g.writeStringField("remediation", Text.clean(r.remediation().strip()));
    strings(g, "references", r.references().stream().filter(Labels::isWebLink).toList());
    g.writeEndObject();
  }

  private static void vm(JsonGenerator g, VmAssessment v, Map<String, Integer> rules) throws IOException {
    g.writeStartArray();
    g.writeString(Text.clean(v.vm().name()));
    g.writeString(Text.clean(v.vm().application()));
    g.writeString(Text.clean(v.vm().role()));
    g.writeString(Text.clean(String.valueOf(v.vm().source())));
    grades(g, v.grades(), v.overall(), v.blocked(), v.confidence());
    Boolean live = v.liveMigration().migratable();
    if (live == null) {
      g.writeNull();
    } else {
      g.writeNumber(live ? 1 : 0);
    }
    Double gib = Rows.diskGiBValue(v);
    if (gib == null) {
      g.writeNull();
    } else {
      g.writeNumber(Double.parseDouble(Labels.number(gib)));
    }
    findings(g, v.findings(), rules);
    g.writeStartArray();
    for (String r : v.liveMigration().reasons()) {
      g.writeString(Text.clean(r));
    }
    g.writeEndArray();
    g.writeEndArray();
  }

  private static void app(JsonGenerator g, AppAssessment a, String plan, Map<String, Integer> rules)
      throws IOException {
    g.writeStartArray();
    g.writeString(Text.clean(a.application().name()));
    g.writeString(Text.clean(a.application().pattern()));
    names(g, a.vms());
    names(g, a.missing());
    grades(g, a.grades(), a.overall(), a.blocked(), a.confidence());
    g.writeString(plan);
    findings(g, a.findings(), rules);
    g.writeEndArray();
  }

  private static void grades(JsonGenerator g, Map<Dimension, Grade> grades, Grade overall, boolean blocked,
      double confidence) throws IOException {
    for (Dimension d : Dimension.values()) {
      g.writeNumber(grades.get(d).ordinal());
    }
    g.writeNumber(overall.ordinal());
    g.writeNumber(blocked ? 1 : 0);
    g.writeNumber(confidence);
  }

  private static void findings(JsonGenerator g, List<Finding> findings, Map<String, Integer> rules)
      throws IOException {
    g.writeStartArray();
    for (Finding f : findings) {
      g.writeStartArray();
      g.writeNumber(rules.get(f.rule().id()));
      g.writeNumber(f.status() == FindingStatus.FIRED ? 1 : 0);
      g.writeString(Text.clean(f.message()));
      g.writeEndArray();
    }
    g.writeEndArray();
  }

  private static void names(JsonGenerator g, List<String> names) throws IOException {
    g.writeStartArray();
    for (String n : names) {
      g.writeString(Text.clean(n));
    }
    g.writeEndArray();
  }

  private static void strings(JsonGenerator g, String field, List<String> values) throws IOException {
    g.writeArrayFieldStart(field);
    for (String v : values) {
      g.writeString(v);
    }
    g.writeEndArray();
  }

  /** JSON made safe as the content of a {@code <script>} element; see the class comment. */
  static String escapeForScript(String json) {
    StringBuilder sb = new StringBuilder(json.length() + 64);
    for (int i = 0; i < json.length(); i++) {
      char c = json.charAt(i);
      switch (c) {
        case '<' -> sb.append("\\u003c");
        case '>' -> sb.append("\\u003e");
        case '&' -> sb.append("\\u0026");
        case '\u2028' -> sb.append("\\u2028");
        case '\u2029' -> sb.append("\\u2029");
        default -> sb.append(c);
      }
    }
    return sb.toString();
  }
}
