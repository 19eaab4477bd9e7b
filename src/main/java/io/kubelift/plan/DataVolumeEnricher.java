package io.kubelift.plan;

import io.fabric8.kubernetes.api.model.ObjectMeta;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * One CDI DataVolume per persistent disk (a shared disk once for all its VMs), sized with file-system overhead,
 * with the chosen source, storage class, access mode and volume mode. Upload DataVolumes ask for immediate
 * binding, because {@code virtctl image-upload} cannot upload into a volume waiting for its first consumer.
 */
final class DataVolumeEnricher implements Enricher {
  static final String FILE = "20-datavolumes.yaml";
  static final String API_VERSION = "cdi.kubevirt.io/v1beta1";
  static final String KIND = "DataVolume";
  static final String IMMEDIATE_BIND = "cdi.kubevirt.io/storage.bind.immediate.requested";

  @Override
  public void enrich(Draft d) {
    Set<String> done = new HashSet<>();
    for (VmTarget vm : d.vms) {
      for (DiskTarget t : vm.disks()) {
        if (t.kind() == DiskTarget.Kind.DATA_VOLUME && t.sizeGi() != null && done.add(t.name())) {
          d.add(FILE, Resources.generic(API_VERSION, KIND, meta(d, vm, t), spec(d, t)));
        }
      }
    }
  }

  private static ObjectMeta meta(Draft d, VmTarget vm, DiskTarget t) {
    Map<String, String> labels = t.shared() ? Resources.planLabels(d) : Resources.vmLabels(d, vm);
    ObjectMeta m = Resources.meta(d, t.name(), labels);
    if (d.options.source() == PlanOptions.DiskSource.UPLOAD) {
      m.setAnnotations(new java.util.LinkedHashMap<>(Map.of(IMMEDIATE_BIND, "true")));
    }
    return m;
  }

  private static Map<String, Object> spec(Draft d, DiskTarget t) {
    Map<String, Object> pvc = Obj.of(
        "accessModes", List.of(t.accessMode()),
        "volumeMode", t.volumeMode(),
        "resources", Obj.of("requests", Obj.of("storage", t.sizeGi() + "Gi")),
        "storageClassName", t.storageClass());
    return Obj.of("source", source(d, t), "pvc", pvc);
  }

  static Map<String, Object> source(Draft d, DiskTarget t) {
    switch (d.options.source()) {
      case HTTP:
        return Obj.of("http", Obj.of("url", d.options.httpBase() + "/" + t.file()));
      case REGISTRY:
        return Obj.of("registry", Obj.of("url", "docker://" + t.image()));
      default:
        return Obj.of("upload", Obj.empty());
    }
  }
}
