package io.kubelift.inventory;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.kubelift.model.Application;
import io.kubelift.model.SourceRef;
import io.kubelift.model.Vm;
import io.kubelift.source.InputException;
import io.kubelift.source.LocatedDocument;
import io.kubelift.source.SafeYaml;
import io.kubelift.source.SchemaCheck;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * KubeLift's own format, YAML or JSON, validated against {@code inventory-v1.schema.json}. It is written by hand,
 * so a schema violation is an error naming file and line, not a silently skipped record.
 */
public final class NativeInventoryReader implements InventoryReader {
  /** The tag every native inventory starts with. */
  public static final String FORMAT = "inventory/v1";

  private static final SchemaCheck SCHEMA = SchemaCheck.fromResource("/schemas/inventory-v1.schema.json");
  private static final ObjectMapper BINDER = SafeYaml.binder().copy()
      .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

  @Override
  public String id() {
    return "kubelift";
  }

  @Override
  public String description() {
    return "KubeLift inventory YAML/JSON (kubelift: " + FORMAT + ")";
  }

  @Override
  public boolean canRead(Path path, byte[] head) {
    String name = path.getFileName() == null ? "" : path.getFileName().toString().toLowerCase(Locale.ROOT);
    if (!(name.endsWith(".yaml") || name.endsWith(".yml") || name.endsWith(".json"))) {
      return false;
    }
    String text = new String(head, StandardCharsets.UTF_8);
    return text.contains(FORMAT) && text.contains("kubelift");
  }

  @Override
  public ReadResult read(Path path, String shownAs) {
    return read(SafeYaml.read(path, shownAs));
  }

  /** Reads an already parsed document (rule cases and tests build them in memory). */
  public ReadResult read(LocatedDocument doc) {
    String shownAs = doc.file();
    if (!doc.root().isObject() || !FORMAT.equals(doc.root().path("kubelift").asText())) {
      throw doc.error("", "not a KubeLift inventory: expected 'kubelift: " + FORMAT + "' at the top");
    }
    SCHEMA.check(doc);
    List<Vm> vms = new ArrayList<>();
    JsonNode list = doc.root().path("vms");
    for (int i = 0; i < list.size(); i++) {
      String at = "/vms/" + i;
      Vm vm = bind(doc, at, list.get(i), Vm.class);
      vms.add(vm.withSource(SourceRef.of(shownAs, doc.line(at))));
    }
    List<Application> apps = new ArrayList<>();
    JsonNode appList = doc.root().path("applications");
    for (int i = 0; i < appList.size(); i++) {
      String at = "/applications/" + i;
      apps.add(bind(doc, at, appList.get(i), Application.class).withSource(SourceRef.of(shownAs, doc.line(at))));
    }
    return new ReadResult(vms, apps, list.size(), List.of());
  }

  static <T> T bind(LocatedDocument doc, String at, JsonNode node, Class<T> type) {
    try {
      return BINDER.treeToValue(node, type);
    } catch (com.fasterxml.jackson.core.JsonProcessingException | IllegalArgumentException e) {
      throw new InputException(doc.file(), doc.line(at), "cannot read " + type.getSimpleName().toLowerCase(
          Locale.ROOT) + ": " + firstLine(e.getMessage()));
    }
  }

  private static String firstLine(String s) {
    int nl = s == null ? -1 : s.indexOf('\n');
    return s == null ? "" : nl < 0 ? s : s.substring(0, nl);
  }
}
