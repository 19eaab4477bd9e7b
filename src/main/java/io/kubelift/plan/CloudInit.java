package io.kubelift.plan;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLGenerator;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The cloud-init NoCloud user data that writes a VM's configuration files. The files are data: Jackson writes them
 * as YAML strings, so no content can add directives of its own. Host keys are kept ({@code ssh_deletekeys:
 * false}): cloud-init on a moved VM sees a new instance and would otherwise replace them.
 */
final class CloudInit {
  /** KubeVirt's admission limit for inline user data; larger user data goes into a Secret. */
  static final int INLINE_LIMIT = 2048;
  private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory()
      .disable(YAMLGenerator.Feature.WRITE_DOC_START_MARKER)
      .enable(YAMLGenerator.Feature.MINIMIZE_QUOTES)
      .enable(YAMLGenerator.Feature.LITERAL_BLOCK_STYLE));

  private CloudInit() {}

  /** The user data, or {@code null} when the inventory gives no configuration files. */
  static String userData(Map<String, String> config) {
    if (config == null || config.isEmpty()) {
      return null;
    }
    List<Map<String, Object>> files = new ArrayList<>();
    for (Map.Entry<String, String> e : config.entrySet()) {
      files.add(Obj.of("path", e.getKey(), "content", e.getValue() == null ? "" : e.getValue()));
    }
    try {
      return "#cloud-config\n" + YAML.writeValueAsString(Obj.of("ssh_deletekeys", false, "write_files", files));
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }

  static boolean fitsInline(String userData) {
    return userData.getBytes(java.nio.charset.StandardCharsets.UTF_8).length <= INLINE_LIMIT;
  }
}
