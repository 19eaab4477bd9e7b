package io.kubelift.report;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import io.kubelift.assess.AppAssessment;
import io.kubelift.assess.Assessment;
import io.kubelift.assess.Grade;
import io.kubelift.assess.VmAssessment;
import io.kubelift.model.Dimension;
import io.kubelift.model.InputFile;
import io.kubelift.model.Provenance;
import io.kubelift.model.Rejected;
import io.kubelift.rubric.Finding;
import io.kubelift.rubric.Rule;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Writes {@code assessment.json}, the canonical result, streamed so that large estates need no second copy in
 * memory. Each rule's texts are stated once under {@code rules}; findings refer to them by id.
 */
public final class JsonReportRenderer implements ReportRenderer {
  /** Bumped when the document's shape changes incompatibly. */
  public static final String SCHEMA_VERSION = "1.0";
  /** The file written. */
  public static final String FILE = "assessment.json";
  private static final JsonFactory FACTORY = new JsonFactory();

  @Override
  public String format() {
    return "json";
  }

  @Override
  public Path render(Assessment a, RenderOptions options, Path outDir) throws IOException {
    Path target = outDir.resolve(FILE);
    AtomicFiles.write(target, out -> write(a, out));
    return target;
  }

  /** Writes the document to a stream. */
  public void write(Assessment a, OutputStream out) throws IOException {
    try (JsonGenerator g = FACTORY.createGenerator(out, JsonEncoding.UTF8)) {
      g.setPrettyPrinter(new DefaultPrettyPrinter().withObjectIndenter(new DefaultIndenter("  ", "\n")));
      g.writeStartObject();
      g.writeStringField("schemaVersion", SCHEMA_VERSION);
      g.writeObjectFieldStart("rubric");
      g.writeStringField("id", a.rubric().id());
      g.writeStringField("version", a.rubric().version());
      g.writeEndObject();
      ClusterJson.write(g, a);
      inputs(g, a.inputs());
      g.writeArrayFieldStart("vms");
      for (VmAssessment v : a.vms()) {
        vm(g, v);
      }
      g.writeEndArray();
      g.writeArrayFieldStart("applications");
      for (AppAssessment app : a.applications()) {
        application(g, app);
      }
      g.writeEndArray();
      rules(g, a.rubric().rules());
      summary(g, Summary.of(a));
      g.writeEndObject();
      g.writeRaw('\n');
    }
  }

  private static void inputs(JsonGenerator g, List<InputFile> inputs) throws IOException {
    g.writeArrayFieldStart("inputs");
    for (InputFile f : inputs) {
      g.writeStartObject();
      g.writeStringField("path", f.path());
      g.writeStringField("format", f.format());
      g.writeNumberField("records", f.records());
      g.writeArrayFieldStart("rejected");
      for (Rejected r : f.rejected()) {
        g.writeStartObject();
        g.writeStringField("location", r.location());
        g.writeStringField("reason", r.reason());
        g.writeEndObject();
      }
      g.writeEndArray();
      g.writeEndObject();
    }
    g.writeEndArray();
  }

  private static void vm(JsonGenerator g, VmAssessment v) throws IOException {
    g.writeStartObject();
    g.writeStringField("name", v.vm().name());
    g.writeStringField("application", v.vm().application());
    g.writeStringField("role", v.vm().role());
    g.writeStringField("source", String.valueOf(v.vm().source()));
    strings(g, "sources", Provenance.sources(v.vm()));
    strings(g, "notes", Provenance.notes(v.vm()));
    ratings(g, v.grades(), v.overall(), v.blocked(), v.confidence());
    if (v.liveMigration().migratable() == null) {
      g.writeNullField("liveMigratable");
    } else {
      g.writeBooleanField("liveMigratable", v.liveMigration().migratable());
    }
    g.writeArrayFieldStart("liveMigrationReasons");
    for (String r : v.liveMigration().reasons()) {
      g.writeString(r);
    }
    g.writeEndArray();
    findings(g, v.findings());
    g.writeEndObject();
  }

  private static void strings(JsonGenerator g, String field, List<String> values) throws IOException {
    g.writeArrayFieldStart(field);
    for (String s : values) {
      g.writeString(s);
    }
    g.writeEndArray();
  }

  private static void application(JsonGenerator g, AppAssessment a) throws IOException {
    g.writeStartObject();
    g.writeStringField("name", a.application().name());
    g.writeStringField("source", String.valueOf(a.application().source()));
    g.writeStringField("pattern", a.application().pattern());
    g.writeArrayFieldStart("vms");
    for (String n : a.vms()) {
      g.writeString(n);
    }
    g.writeEndArray();
    g.writeArrayFieldStart("missingVms");
    for (String n : a.missing()) {
      g.writeString(n);
    }
    g.writeEndArray();
    ratings(g, a.grades(), a.overall(), a.blocked(), a.confidence());
    findings(g, a.findings());
    g.writeEndObject();
  }

  private static void ratings(JsonGenerator g, Map<Dimension, Grade> grades, Grade overall, boolean blocked,
      double confidence) throws IOException {
    g.writeObjectFieldStart("ratings");
    for (Dimension d : Dimension.values()) {
      g.writeStringField(d.key(), grades.get(d).name());
    }
    g.writeEndObject();
    g.writeStringField("overall", overall.name());
    g.writeBooleanField("blocked", blocked);
    g.writeNumberField("confidence", confidence);
  }

  private static void findings(JsonGenerator g, List<Finding> findings) throws IOException {
    g.writeArrayFieldStart("findings");
    for (Finding f : findings) {
      g.writeStartObject();
      g.writeStringField("rule", f.rule().id());
      g.writeStringField("dimension", f.dimension().key());
      g.writeStringField("rating", f.rating().name());
      g.writeStringField("status", f.status().name());
      g.writeBooleanField("blocker", f.rule().blocker());
      g.writeStringField("message", f.message());
      g.writeEndObject();
    }
    g.writeEndArray();
  }

  private static void rules(JsonGenerator g, List<Rule> rules) throws IOException {
    g.writeObjectFieldStart("rules");
    for (Rule r : rules) {
      g.writeObjectFieldStart(r.id());
      g.writeStringField("title", r.title());
      g.writeStringField("appliesTo", Labels.scope(r));
      g.writeStringField("dimension", r.dimension().key());
      g.writeStringField("rating", r.rating().name());
      g.writeBooleanField("blocker", r.blocker());
      g.writeStringField("condition", r.when().describe());
      g.writeStringField("rationale", r.rationale());
      g.writeStringField("remediation", r.remediation());
      g.writeArrayFieldStart("references");
      for (String ref : r.references()) {
        g.writeString(ref);
      }
      g.writeEndArray();
      g.writeEndObject();
    }
    g.writeEndObject();
  }

  private static void summary(JsonGenerator g, Summary s) throws IOException {
    g.writeObjectFieldStart("summary");
    g.writeNumberField("vms", s.vms());
    g.writeNumberField("applications", s.applications());
    g.writeNumberField("rejected", s.rejected());
    g.writeObjectFieldStart("byOverall");
    for (Map.Entry<Grade, Integer> e : s.byOverall().entrySet()) {
      g.writeNumberField(e.getKey().name(), e.getValue());
    }
    g.writeEndObject();
    g.writeNumberField("blocked", s.blocked());
    g.writeObjectFieldStart("applicationsByOverall");
    for (Map.Entry<Grade, Integer> e : s.appsByOverall().entrySet()) {
      g.writeNumberField(e.getKey().name(), e.getValue());
    }
    g.writeEndObject();
    g.writeNumberField("applicationsBlocked", s.appsBlocked());
    g.writeNumberField("averageConfidence", s.averageConfidence());
    g.writeEndObject();
  }

  static Map<Grade, Integer> zeroes() {
    Map<Grade, Integer> m = new EnumMap<>(Grade.class);
    for (Grade gr : Grade.values()) {
      m.put(gr, 0);
    }
    return m;
  }

  static <K extends Comparable<K>, V> TreeMap<K, V> sorted(Map<K, V> m) {
    return new TreeMap<>(m);
  }
}
