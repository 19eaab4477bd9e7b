package io.kubelift.plan;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * KubeVirt's and CDI's published OpenAPI (Swagger 2.0) definitions as draft-04 JSON schemas, looked up by an
 * object's kind and version ({@code kubevirt.io/v1} + {@code VirtualMachine} gives {@code v1.VirtualMachine}).
 * Made strict, as an API server with strict field validation is: every object definition rejects fields it does
 * not declare. Kubernetes' {@code int-or-string} format is read as integer or string, which is what it means.
 */
final class KubeVirtSchemas {
  private static final ObjectMapper JSON = new ObjectMapper();
  private final List<ObjectNode> documents = new ArrayList<>();
  private final Map<String, JsonSchema> cache = new HashMap<>();

  KubeVirtSchemas(Path dir) {
    for (String f : List.of("kubevirt-swagger.json", "cdi-swagger.json")) {
      try {
        ObjectNode doc = (ObjectNode) JSON.readTree(dir.resolve(f).toFile());
        strict((ObjectNode) doc.get("definitions"));
        documents.add(doc);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
  }

  static KubeVirtSchemas shared() {
    return new KubeVirtSchemas(Path.of(System.getProperty("kubelift.shared", "../shared"), "schemas"));
  }

  /** The definition name for an object, e.g. {@code v1beta1.DataVolume}, or {@code null} when no spec has it. */
  String definition(String apiVersion, String kind) {
    String version = apiVersion.substring(apiVersion.indexOf('/') + 1);
    String name = version + "." + kind;
    return documents.stream().anyMatch(d -> d.get("definitions").has(name)) ? name : null;
  }

  /** Every violation of the object against its definition; the definition must exist. */
  Set<ValidationMessage> validate(JsonNode object) {
    String def = definition(object.get("apiVersion").asText(), object.get("kind").asText());
    if (def == null) {
      throw new IllegalArgumentException("no schema for " + object.get("apiVersion") + " " + object.get("kind"));
    }
    return cache.computeIfAbsent(def, this::schema).validate(object);
  }

  private JsonSchema schema(String def) {
    ObjectNode doc = documents.stream().filter(d -> d.get("definitions").has(def)).findFirst().orElseThrow();
    ObjectNode root = JSON.createObjectNode();
    root.put("$ref", "#/definitions/" + def);
    root.set("definitions", doc.get("definitions"));
    return JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V4).getSchema(root);
  }

  private static void strict(ObjectNode definitions) {
    for (Iterator<JsonNode> it = definitions.elements(); it.hasNext(); ) {
      ObjectNode def = (ObjectNode) it.next();
      if (def.has("properties") && !def.has("additionalProperties")) {
        def.put("additionalProperties", false);
      }
      if ("int-or-string".equals(def.path("format").asText())) {
        ArrayNode types = def.putArray("type");
        types.add("integer").add("string");
      }
    }
  }
}
