package io.kubelift.source;

import com.fasterxml.jackson.databind.JsonNode;
import com.networknt.schema.JsonNodePath;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** Validates a {@link LocatedDocument} against a JSON Schema and reports each violation with its line. */
public final class SchemaCheck {
  private final JsonSchema schema;

  private SchemaCheck(JsonSchema schema) {
    this.schema = schema;
  }

  /** A JSON Schema (draft 2020-12) built in memory, e.g. from parts of another. */
  public static SchemaCheck fromTree(JsonNode schema) {
    return new SchemaCheck(JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012).getSchema(schema));
  }

  /** A schema resource from the class path as a tree, to build other schemas from. */
  public static JsonNode tree(String resource) {
    try (InputStream in = SchemaCheck.class.getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException("missing schema resource " + resource);
      }
      return new com.fasterxml.jackson.databind.ObjectMapper().readTree(in);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Loads a JSON Schema (draft 2020-12) from the class path. */
  public static SchemaCheck fromResource(String resource) {
    return fromTree(tree(resource));
  }

  /** Every violation, earliest line first; empty when the document is valid. */
  public List<InputException> violations(LocatedDocument doc) {
    List<InputException> out = new ArrayList<>();
    for (ValidationMessage m : schema.validate(doc.root())) {
      String pointer = pointer(m.getInstanceLocation());
      String reason = describe(m, pointer);
      if (m.getProperty() != null && ("additionalProperties".equals(m.getType()) || "required".equals(m.getType()))) {
        if ("additionalProperties".equals(m.getType())) {
          pointer = pointer + "/" + m.getProperty();
        }
      }
      out.add(doc.error(pointer, reason));
    }
    out.sort(Comparator.comparingInt(InputException::line).thenComparing(InputException::reason));
    return out;
  }

  /** Throws the first violation, if any. */
  public void check(LocatedDocument doc) {
    List<InputException> v = violations(doc);
    if (!v.isEmpty()) {
      throw v.get(0);
    }
  }

  private static String describe(ValidationMessage m, String pointer) {
    String where = pointer.isEmpty() ? "document" : readable(pointer);
    String type = m.getType();
    if ("additionalProperties".equals(type)) {
      return "unknown field '" + m.getProperty() + "' in " + where;
    }
    if ("required".equals(type)) {
      return "missing required field '" + m.getProperty() + "' in " + where;
    }
    String msg = m.getMessage();
    int colon = msg.indexOf(": ");
    return where + ": " + (colon >= 0 ? msg.substring(colon + 2) : msg);
  }

  /** {@code /vms/0/cpus} as {@code vms[0].cpus}. */
  static String readable(String pointer) {
    StringBuilder sb = new StringBuilder();
    for (String seg : pointer.substring(1).split("/")) {
      if (seg.chars().allMatch(Character::isDigit) && !seg.isEmpty()) {
        sb.append('[').append(seg).append(']');
      } else {
        sb.append(sb.length() == 0 ? "" : ".").append(seg);
      }
    }
    return sb.toString();
  }

  private static String pointer(JsonNodePath path) {
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < path.getNameCount(); i++) {
      sb.append('/').append(String.valueOf(path.getElement(i)).replace("~", "~0").replace("/", "~1"));
    }
    return sb.toString();
  }
}
