package io.kubelift.source;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import org.yaml.snakeyaml.LoaderOptions;

/**
 * Parses YAML and JSON with bounds that hold against hostile input: no more than a few aliases per document (alias
 * bombs), limited nesting, limited document and string size, duplicate keys refused.
 */
public final class SafeYaml {
  /** Largest YAML or JSON document read, in bytes. */
  public static final long MAX_BYTES = 64L * 1024 * 1024;

  private static final int MAX_DEPTH = 64;
  private static final ObjectMapper YAML = mapper(yamlFactory());
  private static final ObjectMapper JSON = mapper(jsonFactory());

  private SafeYaml() {}

  private static YAMLFactory yamlFactory() {
    LoaderOptions options = new LoaderOptions();
    options.setMaxAliasesForCollections(20);
    options.setNestingDepthLimit(MAX_DEPTH);
    options.setCodePointLimit((int) MAX_BYTES);
    options.setAllowDuplicateKeys(false);
    YAMLFactory f = YAMLFactory.builder().loaderOptions(options).streamReadConstraints(constraints()).build();
    f.enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION);
    return f;
  }

  private static JsonFactory jsonFactory() {
    JsonFactory f = JsonFactory.builder().streamReadConstraints(constraints()).build();
    f.enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION);
    return f;
  }

  private static StreamReadConstraints constraints() {
    return StreamReadConstraints.builder()
        .maxNestingDepth(MAX_DEPTH)
        .maxStringLength(16 * 1024 * 1024)
        .maxDocumentLength(MAX_BYTES)
        .build();
  }

  private static ObjectMapper mapper(JsonFactory f) {
    return new ObjectMapper(f).enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);
  }

  /** Reads a file as YAML (JSON too, when its name ends in {@code .json}). */
  public static LocatedDocument read(Path path, String shownAs) {
    try {
      long size = Files.size(path);
      if (size > MAX_BYTES) {
        throw new InputException(shownAs, 0, "file is " + size + " bytes; at most " + MAX_BYTES + " are read");
      }
      byte[] bytes = Files.readAllBytes(path);
      boolean json = path.getFileName().toString().toLowerCase(java.util.Locale.ROOT).endsWith(".json");
      return parse(bytes, shownAs, json);
    } catch (IOException e) {
      throw new InputException(shownAs, 0, "cannot read: " + e.getMessage());
    }
  }

  /** Parses text, remembering the line of every node. */
  public static LocatedDocument parse(byte[] bytes, String shownAs, boolean json) {
    ObjectMapper m = json ? JSON : YAML;
    if (bytes.length >= 3 && bytes[0] == (byte) 0xEF && bytes[1] == (byte) 0xBB && bytes[2] == (byte) 0xBF) {
      bytes = java.util.Arrays.copyOfRange(bytes, 3, bytes.length);
    }
    try {
      JsonNode root = m.readTree(bytes);
      return new LocatedDocument(shownAs, root == null ? m.nullNode() : root, lines(m, bytes));
    } catch (AliasRefused e) {
      throw new InputException(shownAs, e.line, "YAML aliases are not supported (found *" + e.name
          + "): write the value out in full");
    } catch (JsonProcessingException e) {
      JsonLocation loc = e.getLocation();
      throw new InputException(shownAs, loc == null ? 0 : loc.getLineNr(), "not valid " + (json ? "JSON" : "YAML")
          + ": " + firstLine(e.getOriginalMessage()));
    } catch (IOException | RuntimeException e) {
      // SnakeYAML reports its limits (aliases, nesting, size) as unchecked exceptions.
      throw new InputException(shownAs, 0, "not valid " + (json ? "JSON" : "YAML") + ": " + firstLine(e.getMessage()));
    }
  }

  private static Map<String, Integer> lines(ObjectMapper m, byte[] bytes) throws IOException {
    Map<String, Integer> lines = new HashMap<>();
    try (JsonParser p = m.getFactory().createParser(bytes)) {
      JsonToken t;
      while ((t = p.nextToken()) != null) {
        if (p instanceof com.fasterxml.jackson.dataformat.yaml.YAMLParser
            && ((com.fasterxml.jackson.dataformat.yaml.YAMLParser) p).isCurrentAlias()) {
          // Jackson would read an alias of a list or mapping as the anchor's name: refuse rather than misread.
          throw new AliasRefused(p.currentTokenLocation().getLineNr(), p.getText());
        }
        if (t == JsonToken.END_OBJECT || t == JsonToken.END_ARRAY) {
          continue;
        }
        String pointer = t == JsonToken.START_OBJECT || t == JsonToken.START_ARRAY
            ? p.getParsingContext().getParent() == null ? "" : pointerOf(p.getParsingContext().getParent())
            : pointerOf(p.getParsingContext());
        lines.putIfAbsent(pointer, p.currentTokenLocation().getLineNr());
      }
    }
    return lines;
  }

  private static String pointerOf(com.fasterxml.jackson.core.JsonStreamContext ctx) {
    return ctx.pathAsPointer().toString();
  }

  /** The parser's explanation without its source excerpt: the lines that do not start with blanks, joined. */
  static String firstLine(String s) {
    if (s == null) {
      return "unreadable";
    }
    StringBuilder sb = new StringBuilder();
    for (String line : s.split("\n")) {
      if (!line.isBlank() && !Character.isWhitespace(line.charAt(0)) && !line.startsWith(" in ")) {
        sb.append(sb.length() == 0 ? "" : "; ").append(line.trim());
      }
    }
    String out = sb.toString().replaceAll(" in '[^']*', line \\d+, column \\d+:?", "");
    return out.length() > 300 ? out.substring(0, 300) + "…" : out;
  }

  /** An alias met while locating lines. */
  private static final class AliasRefused extends RuntimeException {
    private static final long serialVersionUID = 1L;
    final int line;
    final String name;

    AliasRefused(int line, String name) {
      super(null, null, false, false);
      this.line = line;
      this.name = name;
    }
  }

  /** The mapper for binding trees read here to records. */
  public static ObjectMapper binder() {
    return YAML;
  }

  /** Bytes as UTF-8 text, for messages. */
  static String text(byte[] b) {
    return new String(b, StandardCharsets.UTF_8);
  }
}
