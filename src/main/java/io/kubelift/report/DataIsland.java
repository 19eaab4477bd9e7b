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
 * The HTML report's data: every VM and application as a JSON array row (column names stated once), so that the page
 * renders only the rows in view and a large estate stays a compact page. Everything said of many rows is stated once
 * and referred to by index: each rule's texts and message template ({@code rules}), the input files
 * ({@code files}; a row holds the file's index and the rest of its location) and the sets of undecided findings
 * ({@code undecided}, as {@code [rule index, message]}). A row's fired findings are {@code [rule index]}, {@code
 * [rule index, placeholder values per element, more]} or {@code [rule index, message]}; the script spells the
 * messages out and works out live-migratability's reasons as {@code LiveMigration} does. Grades are indexes into
 * {@code grades}.
 *
 * <p>The JSON goes inside {@code <script type="application/json">}, where the HTML parser ends the element at the
 * first {@code </script>} whatever JSON thinks: so {@code <}, {@code >} and {@code &} are written as
 * {@code \u003c}-style escapes (they can only occur inside strings), as are U+2028 and U+2029.
 */
final class DataIsland {
  static final List<String> VM_COLUMNS = List.of("name", "application", "role", "file", "at", "imageMigration",
      "configuration", "reliability", "maintenance", "overall", "blocked", "confidence", "liveMigratable", "diskGiB",
      "undecided", "findings");
  static final List<String> APP_COLUMNS = List.of("name", "pattern", "vms", "missing", "imageMigration",
      "configuration", "reliability", "maintenance", "overall", "blocked", "confidence", "plan", "undecided",
      "findings");
  private static final JsonFactory JSON = new JsonFactory();

  private DataIsland() {}

  /**
   * Writes the data, escaped for a {@code <script>} element, to {@code out} as it is made: a 100,000-VM island is
   * some 25 MB, and held as a string (and an escaped copy) it would take several times that in memory.
   */
  static void write(Assessment a, Map<String, String> planLinks, java.io.Writer out) throws IOException {
    java.io.Writer w = new ScriptEscaping(out);
    Map<String, Integer> ruleIndex = new HashMap<>();
    UndecidedSets undecided = UndecidedSets.of(a);
    Map<String, Integer> files = new java.util.LinkedHashMap<>();
    for (VmAssessment v : a.vms()) {
      files.putIfAbsent(file(v), files.size());
    }
    try (JsonGenerator g = JSON.createGenerator(w).disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET)) {
      g.writeStartObject();
      strings(g, "grades", java.util.Arrays.stream(Grade.values()).map(Grade::name).toList());
      strings(g, "dimensions", java.util.Arrays.stream(Dimension.values()).map(Dimension::label).toList());
      g.writeArrayFieldStart("rules");
      for (Rule r : a.rubric().rules()) {
        ruleIndex.put(r.id(), ruleIndex.size());
        rule(g, r);
      }
      g.writeEndArray();
      strings(g, "files", files.keySet().stream().map(Text::clean).toList());
      g.writeArrayFieldStart("undecided");
      for (List<Finding> set : undecided.sets()) {
        g.writeStartArray();
        for (Finding f : set) {
          g.writeStartArray();
          g.writeNumber(ruleIndex.get(f.rule().id()));
          g.writeString(Text.clean(f.message()));
          g.writeEndArray();
        }
        g.writeEndArray();
      }
      g.writeEndArray();
      strings(g, "vmColumns", VM_COLUMNS);
      g.writeArrayFieldStart("vms");
      for (VmAssessment v : a.vms()) {
        vm(g, v, files, undecided, ruleIndex);
      }
      g.writeEndArray();
      strings(g, "appColumns", APP_COLUMNS);
      g.writeArrayFieldStart("apps");
      for (AppAssessment app : a.applications()) {
        app(g, app, planLinks.get(app.application().name()), undecided, ruleIndex);
      }
      g.writeEndArray();
      g.writeEndObject();
    }
  }

  private static String file(VmAssessment v) {
    return v.vm().source() == null ? "" : v.vm().source().file();
  }

  private static void rule(JsonGenerator g, Rule r) throws IOException {
    g.writeStartObject();
    g.writeStringField("id", Text.clean(r.id()));
    g.writeStringField("title", Text.clean(r.title()));
    g.writeNumberField("dimension", r.dimension().ordinal());
    g.writeStringField("rating", r.rating().name());
    g.writeBooleanField("blocker", r.blocker());
    g.writeStringField("message", Text.clean(r.message().toString()));
    g.writeStringField("live", r.liveMigration().name().toLowerCase(java.util.Locale.ROOT));
    g.writeStringField("rationale", Text.clean(r.rationale().strip()));
    g.writeStringField("remediation", Text.clean(r.remediation().strip()));
    strings(g, "references", r.references().stream().filter(Labels::isWebLink).toList());
    g.writeEndObject();
  }

  private static void vm(JsonGenerator g, VmAssessment v, Map<String, Integer> files, UndecidedSets undecided,
      Map<String, Integer> rules) throws IOException {
    g.writeStartArray();
    g.writeString(Text.clean(v.vm().name()));
    g.writeString(Text.clean(v.vm().application()));
    g.writeString(Text.clean(v.vm().role()));
    String file = file(v);
    g.writeNumber(files.get(file));
    g.writeString(Text.clean(String.valueOf(v.vm().source()).substring(file.length())));
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
    findings(g, v.findings(), undecided, rules);
    g.writeEndArray();
  }

  private static void app(JsonGenerator g, AppAssessment a, String plan, UndecidedSets undecided,
      Map<String, Integer> rules) throws IOException {
    g.writeStartArray();
    g.writeString(Text.clean(a.application().name()));
    g.writeString(Text.clean(a.application().pattern()));
    names(g, a.vms());
    names(g, a.missing());
    grades(g, a.grades(), a.overall(), a.blocked(), a.confidence());
    g.writeString(plan);
    findings(g, a.findings(), undecided, rules);
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

  /** The index of the row's set of undecided findings (or null), then its fired findings as the class says. */
  private static void findings(JsonGenerator g, List<Finding> findings, UndecidedSets undecided,
      Map<String, Integer> rules) throws IOException {
    Integer set = undecided.indexOf(findings);
    if (set == null) {
      g.writeNull();
    } else {
      g.writeNumber(set);
    }
    g.writeStartArray();
    for (Finding f : findings) {
      if (f.status() != FindingStatus.FIRED) {
        continue;
      }
      g.writeStartArray();
      g.writeNumber(rules.get(f.rule().id()));
      if (!f.templated()) {
        g.writeString(Text.clean(f.message()));
      } else if (f.more() > 0 || !(f.specifics().size() == 1 && f.specifics().get(0).isEmpty())) {
        g.writeStartArray();
        for (List<String> values : f.specifics()) {
          names(g, values);
        }
        g.writeEndArray();
        if (f.more() > 0) {
          g.writeNumber(f.more());
        }
      }
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
    StringWriter out = new StringWriter(json.length() + 64);
    try (java.io.Writer w = new ScriptEscaping(out)) {
      w.write(json);
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e); // a StringWriter does not fail
    }
    return out.toString();
  }

  /** Writes JSON through, with the characters the class comment names as {@code \\u} escapes. */
  private static final class ScriptEscaping extends java.io.FilterWriter {
    ScriptEscaping(java.io.Writer out) {
      super(out);
    }

    @Override
    public void write(int c) throws IOException {
      switch (c) {
        case '<' -> out.write("\\u003c");
        case '>' -> out.write("\\u003e");
        case '&' -> out.write("\\u0026");
        case '\u2028' -> out.write("\\u2028");
        case '\u2029' -> out.write("\\u2029");
        default -> out.write(c);
      }
    }

    @Override
    public void write(char[] buf, int off, int len) throws IOException {
      int from = off;
      for (int i = off; i < off + len; i++) {
        char c = buf[i];
        if (c == '<' || c == '>' || c == '&' || c == '\u2028' || c == '\u2029') {
          out.write(buf, from, i - from);
          write(c);
          from = i + 1;
        }
      }
      out.write(buf, from, off + len - from);
    }

    @Override
    public void write(String s, int off, int len) throws IOException {
      write(s.toCharArray(), off, len);
    }

    @Override
    public void close() throws IOException {
      flush();
    }
  }
}
