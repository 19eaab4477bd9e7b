package io.kubelift.inventory;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.kubelift.inventory.text.CsvInput;
import io.kubelift.inventory.text.Header;
import io.kubelift.model.Application;
import io.kubelift.model.SourceRef;
import io.kubelift.source.LocatedDocument;
import io.kubelift.source.SafeYaml;
import io.kubelift.source.SchemaCheck;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * The application map ({@code --apps}): which VM belongs to which application, its role, the HA pattern and what
 * is exposed, because hypervisor inventories know nothing of applications. YAML ({@code kubelift:
 * applications/v1}, applications as in the native format plus {@code derive} rules that place VMs by folder or
 * annotation) or CSV (one row per member VM, see {@link ApplicationCsv}).
 */
public final class ApplicationMapReader implements InventoryReader {
  /** The tag every YAML application map starts with. */
  public static final String FORMAT = "applications/v1";
  static final ApplicationMapReader INSTANCE = new ApplicationMapReader();
  private static final SchemaCheck SCHEMA = SchemaCheck.fromTree(schema());

  @Override
  public String id() {
    return "apps";
  }

  @Override
  public String description() {
    return "application map, YAML (kubelift: " + FORMAT + ") or CSV (application,vm,role,…)";
  }

  @Override
  public boolean canRead(Path path, byte[] head) {
    String name = path.getFileName() == null ? "" : path.getFileName().toString().toLowerCase(Locale.ROOT);
    if (name.endsWith(".csv")) {
      Header h = new Header(CsvInput.headerOf(head));
      return h.has("application") && h.has("vm") && !h.has("name");
    }
    boolean yaml = name.endsWith(".yaml") || name.endsWith(".yml") || name.endsWith(".json");
    return yaml && new String(head, StandardCharsets.UTF_8).contains(FORMAT);
  }

  @Override
  public ReadResult read(Path path, String shownAs) {
    if (path.getFileName() != null && path.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".csv")) {
      return ApplicationCsv.read(path, shownAs);
    }
    LocatedDocument doc = SafeYaml.read(path, shownAs);
    if (!doc.root().isObject() || !FORMAT.equals(doc.root().path("kubelift").asText())) {
      throw doc.error("", "not an application map: expected 'kubelift: " + FORMAT + "' at the top");
    }
    SCHEMA.check(doc);
    List<Application> apps = new ArrayList<>();
    JsonNode list = doc.root().path("applications");
    for (int i = 0; i < list.size(); i++) {
      String at = "/applications/" + i;
      apps.add(NativeInventoryReader.bind(doc, at, list.get(i), Application.class)
          .withSource(SourceRef.of(shownAs, doc.line(at))));
    }
    List<Derivation> rules = new ArrayList<>();
    JsonNode derive = doc.root().path("derive");
    for (int i = 0; i < derive.size(); i++) {
      String at = "/derive/" + i;
      String regex = derive.get(i).path("pattern").asText();
      try {
        Pattern p = Pattern.compile(regex);
        if (!regex.contains("(?<app>")) {
          throw doc.error(at + "/pattern", "the pattern needs a named group (?<app>...) for the application");
        }
        rules.add(new Derivation(derive.get(i).path("attribute").asText(), p, SourceRef.of(shownAs, doc.line(at))));
      } catch (PatternSyntaxException e) {
        throw doc.error(at + "/pattern", "not a valid regular expression: " + e.getDescription());
      }
    }
    return new ReadResult(List.of(), apps, 0, List.of(), List.of(), rules);
  }

  /** The schema: the native format's application definition, a tag and the derivation rules. */
  private static JsonNode schema() {
    JsonNodeFactory f = JsonNodeFactory.instance;
    ObjectNode root = f.objectNode();
    root.put("$schema", "https://json-schema.org/draft/2020-12/schema");
    root.put("type", "object");
    root.put("additionalProperties", false);
    root.putArray("required").add("kubelift");
    ObjectNode props = root.putObject("properties");
    props.putObject("kubelift").put("const", FORMAT);
    props.putObject("description").put("type", "string");
    props.putObject("applications").put("type", "array").putObject("items").put("$ref", "#/$defs/application");
    ObjectNode rule = props.putObject("derive").put("type", "array").putObject("items");
    rule.put("type", "object").put("additionalProperties", false);
    rule.putArray("required").add("attribute").add("pattern");
    ObjectNode ruleProps = rule.putObject("properties");
    ruleProps.putObject("attribute").put("type", "string").put("minLength", 1);
    ruleProps.putObject("pattern").put("type", "string").put("minLength", 1).put("maxLength", 1000);
    root.set("$defs", SchemaCheck.tree("/schemas/inventory-v1.schema.json").path("$defs"));
    return root;
  }
}
