package io.kubelift.report;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import io.kubelift.assess.AppAssessment;
import io.kubelift.assess.Assessment;
import io.kubelift.assess.Grade;
import io.kubelift.assess.VmAssessment;
import io.kubelift.model.Dimension;
import io.kubelift.model.InputFile;
import io.kubelift.model.Provenance;
import io.kubelift.model.Rejected;
import io.kubelift.rubric.Finding;
import io.kubelift.rubric.FindingStatus;
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
 * memory. Each rule's texts are stated once under {@code rules}; a fired finding names its rule and the values of
 * the rule's message placeholders, and the undecided findings, which most VMs of one source share, are stated once
 * per distinct set under {@code undecided} and referred to by index. Each VM and application is one line. The layout
 * is described in {@code docs/assessment-json.md}.
 */
public final class JsonReportRenderer implements ReportRenderer {
  /** Bumped when the document's shape changes incompatibly. */
  public static final String SCHEMA_VERSION = "2.0";
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
    UndecidedSets undecided = UndecidedSets.of(a);
    try (JsonGenerator g = FACTORY.createGenerator(out, JsonEncoding.UTF8)) {
      g.setPrettyPrinter(new Lines());
      g.writeStartObject();
      g.writeStringField("schemaVersion", SCHEMA_VERSION);
      g.writeObjectFieldStart("rubric");
      g.writeStringField("id", a.rubric().id());
      g.writeStringField("version", a.rubric().version());
      g.writeEndObject();
      ClusterJson.write(g, a);
      inputs(g, a.inputs());
      rules(g, a.rubric().rules());
      undecided.write(g);
      g.writeArrayFieldStart("vms");
      for (VmAssessment v : a.vms()) {
        vm(g, v, undecided);
      }
      g.writeEndArray();
      g.writeArrayFieldStart("applications");
      for (AppAssessment app : a.applications()) {
        application(g, app, undecided);
      }
      g.writeEndArray();
      summary(g, Summary.of(a));
      g.writeEndObject();
      g.writeRaw('\n');
    }
  }

  /** Line breaks and indentation down to the entries of the top-level lists, so that each VM is one line. */
  private static final DefaultIndenter OUTER_LINES = new DefaultIndenter("  ", "\n") {
    private static final long serialVersionUID = 1L;

    @Override
    public boolean isInline() {
      return false;
    }

    @Override
    public void writeIndentation(JsonGenerator g, int level) throws IOException {
      if (level <= 2) {
        super.writeIndentation(g, level);
      }
    }
  };
  private static final Separators SEPARATORS = Separators.createDefaultInstance()
      .withObjectFieldValueSpacing(Separators.Spacing.NONE);

  /** Pretty-prints the outer levels only, and ends an entry of a top-level list on its own line. */
  private static final class Lines extends DefaultPrettyPrinter {
    private static final long serialVersionUID = 1L;

    Lines() {
      super(SEPARATORS);
      _objectIndenter = OUTER_LINES;
      _arrayIndenter = OUTER_LINES;
    }

    Lines(Lines base) {
      super(base);
    }

    @Override
    public Lines createInstance() {
      return new Lines(this);
    }

    @Override
    public void writeEndObject(JsonGenerator g, int entries) throws IOException {
      if (_nesting == 3 || entries == 0) { // no line break, and {} rather than { }
        _nesting--;
        g.writeRaw('}');
      } else {
        super.writeEndObject(g, entries);
      }
    }

    @Override
    public void writeEndArray(JsonGenerator g, int values) throws IOException {
      if (values == 0) {
        _nesting--;
        g.writeRaw(']');
      } else {
        super.writeEndArray(g, values);
      }
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

  private static void vm(JsonGenerator g, VmAssessment v, UndecidedSets undecided) throws IOException {
    g.writeStartObject();
    g.writeStringField("name", v.vm().name());
    optional(g, "application", v.vm().application());
    optional(g, "role", v.vm().role());
    g.writeStringField("source", String.valueOf(v.vm().source()));
    List<String> sources = Provenance.sources(v.vm());
    if (sources.size() > 1) { // a VM read from one record has that one as its source; only merged VMs list theirs
      strings(g, "sources", sources);
    }
    List<String> notes = Provenance.notes(v.vm());
    if (!notes.isEmpty()) {
      strings(g, "notes", notes);
    }
    ratings(g, v.grades(), v.overall(), v.blocked(), v.confidence());
    if (v.liveMigration().migratable() != null) {
      g.writeBooleanField("liveMigratable", v.liveMigration().migratable());
    }
    findings(g, v.findings(), undecided);
    g.writeEndObject();
  }

  /** A field left out when its value is unknown or none, as in KubeLift's own inventory format. */
  private static void optional(JsonGenerator g, String field, String value) throws IOException {
    if (value != null) {
      g.writeStringField(field, value);
    }
  }

  private static void strings(JsonGenerator g, String field, List<String> values) throws IOException {
    g.writeArrayFieldStart(field);
    for (String s : values) {
      g.writeString(s);
    }
    g.writeEndArray();
  }

  private static void application(JsonGenerator g, AppAssessment a, UndecidedSets undecided) throws IOException {
    g.writeStartObject();
    g.writeStringField("name", a.application().name());
    g.writeStringField("source", String.valueOf(a.application().source()));
    optional(g, "pattern", a.application().pattern());
    g.writeArrayFieldStart("vms");
    for (String n : a.vms()) {
      g.writeString(n);
    }
    g.writeEndArray();
    if (!a.missing().isEmpty()) {
      strings(g, "missingVms", a.missing());
    }
    ratings(g, a.grades(), a.overall(), a.blocked(), a.confidence());
    findings(g, a.findings(), undecided);
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

  /**
   * The subject's undecided findings as the index of their set ({@code null} when there are none), then its fired
   * findings by rule id (a rule fires at most once on a subject): per element it fired on, the values of the rule's
   * message placeholders. Rare cases go beside: {@code more}, how many elements a finding did not list, and
   * {@code messages}, a message given whole rather than by values.
   */
  private static void findings(JsonGenerator g, List<Finding> findings, UndecidedSets undecided)
      throws IOException {
    Integer set = undecided.indexOf(findings);
    if (set != null) {
      g.writeNumberField("undecided", set);
    }
    Map<String, Integer> more = new TreeMap<>();
    Map<String, String> messages = new TreeMap<>();
    g.writeObjectFieldStart("findings");
    for (Finding f : findings) {
      if (f.status() != FindingStatus.FIRED) {
        continue;
      }
      g.writeArrayFieldStart(f.rule().id());
      for (List<String> values : f.specifics()) {
        strings(g, values);
      }
      g.writeEndArray();
      if (f.more() > 0) {
        more.put(f.rule().id(), f.more());
      }
      if (!f.templated()) {
        messages.put(f.rule().id(), f.message());
      }
    }
    g.writeEndObject();
    if (!more.isEmpty()) {
      g.writeObjectFieldStart("more");
      for (Map.Entry<String, Integer> e : more.entrySet()) {
        g.writeNumberField(e.getKey(), e.getValue());
      }
      g.writeEndObject();
    }
    if (!messages.isEmpty()) {
      g.writeObjectFieldStart("messages");
      for (Map.Entry<String, String> e : messages.entrySet()) {
        g.writeStringField(e.getKey(), e.getValue());
      }
      g.writeEndObject();
    }
  }

  private static void strings(JsonGenerator g, List<String> values) throws IOException {
    g.writeStartArray();
    for (String v : values) {
      g.writeString(v);
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
      g.writeStringField("message", r.message().toString());
      g.writeStringField("liveMigration", r.liveMigration().name().toLowerCase(java.util.Locale.ROOT));
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
