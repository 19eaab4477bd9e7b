package io.kubelift.plan;

import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.client.utils.KubernetesSerialization;
import java.util.List;

/** Multi-document YAML written by fabric8's serialisation, one {@code ---} document per object. */
final class ManifestYaml {
  private static final KubernetesSerialization SERIALIZATION = new KubernetesSerialization();

  private ManifestYaml() {}

  static String of(List<HasMetadata> objects) {
    StringBuilder sb = new StringBuilder();
    for (HasMetadata o : objects) {
      String doc = SERIALIZATION.asYaml(o);
      sb.append(doc.startsWith("---") ? "" : "---\n").append(doc);
      if (!doc.endsWith("\n")) {
        sb.append('\n');
      }
    }
    return sb.toString();
  }
}
