package io.kubelift.source;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Map;

/**
 * A parsed YAML or JSON document that remembers the line of every node, addressed by JSON Pointer.
 *
 * @param file the file as given by the user
 * @param root the document's tree
 * @param lines JSON Pointer to 1-based line
 */
public record LocatedDocument(String file, JsonNode root, Map<String, Integer> lines) {

  /** The line of the node at {@code pointer}, or of its nearest ancestor that has one; 0 when none does. */
  public int line(String pointer) {
    String p = pointer;
    while (true) {
      Integer l = lines.get(p);
      if (l != null) {
        return l;
      }
      if (p.isEmpty()) {
        return 0;
      }
      int cut = p.lastIndexOf('/');
      p = cut <= 0 ? "" : p.substring(0, cut);
    }
  }

  /** An error about the node at {@code pointer}. */
  public InputException error(String pointer, String reason) {
    return new InputException(file, line(pointer), reason);
  }
}
