package io.kubelift.cluster;

import static io.kubelift.rubric.ClusterFactNames.CDI_INSTALLED;
import static io.kubelift.rubric.ClusterFactNames.CDI_UPLOAD_PROXY;
import static io.kubelift.rubric.ClusterFactNames.CDI_VERSION;

import io.fabric8.kubernetes.api.model.GenericKubernetesResource;
import java.util.List;

/** CDI facts: installed (its {@code CDI} resource in phase Deployed), version, and the upload proxy address. */
final class CdiFacts {
  static final String GROUP = "cdi.kubevirt.io";

  private CdiFacts() {}

  static void read(Discovery d, FactSheet s) {
    Read<List<GenericKubernetesResource>> crs = d.list(GROUP, "CDI");
    if (!crs.known()) {
      s.unknown(crs.reason(), CDI_INSTALLED, CDI_VERSION, CDI_UPLOAD_PROXY);
      return;
    }
    if (crs.value().isEmpty()) {
      s.put(CDI_INSTALLED, false).unknown("CDI is not installed", CDI_VERSION, CDI_UPLOAD_PROXY);
      return;
    }
    GenericKubernetesResource cdi = crs.value().get(0);
    s.put(CDI_INSTALLED, "Deployed".equals(Fields.text(cdi, "status", "phase")));
    KubeVirtFacts.putOrUnknown(s, CDI_VERSION, Versions.strip(Fields.text(cdi, "status", "observedVersion")),
        "the CDI resource reports no version");
    Read<List<GenericKubernetesResource>> configs = d.list(GROUP, "CDIConfig");
    if (!configs.known()) {
      s.unknown(configs.reason(), CDI_UPLOAD_PROXY);
      return;
    }
    String proxy = null;
    for (GenericKubernetesResource c : configs.value()) {
      proxy = KubeVirtFacts.firstNonNull(proxy, KubeVirtFacts.firstNonNull(Fields.text(c, "spec", "uploadProxyURLOverride"),
          Fields.text(c, "status", "uploadProxyURL")));
    }
    KubeVirtFacts.putOrUnknown(s, CDI_UPLOAD_PROXY, proxy, "CDIConfig names no upload proxy URL");
  }
}
