package io.kubelift.plan;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.Map;

/**
 * One Multus NetworkAttachmentDefinition per extra segment. IPAM is left empty on purpose: KubeVirt's bridge and
 * SR-IOV bindings hand the layer-2 link to the guest, which keeps its own static addresses (its configuration and
 * MAC addresses move with it), so the cluster must not hand out addresses on that segment. The kept addresses are
 * recorded on each VirtualMachine and checked in the runbook.
 */
final class NetworkAttachmentEnricher implements Enricher {
  static final String FILE = "10-networks.yaml";
  static final String API_VERSION = "k8s.cni.cncf.io/v1";
  static final String KIND = "NetworkAttachmentDefinition";
  private static final ObjectMapper JSON = new ObjectMapper();

  @Override
  public void enrich(Draft d) {
    for (SegmentTarget s : d.segments) {
      Map<String, Object> spec = Obj.of("config", config(s));
      d.add(FILE, Resources.generic(API_VERSION, KIND, Resources.meta(d, s.name(), Resources.planLabels(d)), spec));
    }
  }

  /** The CNI configuration, a JSON string as Multus expects. */
  static String config(SegmentTarget s) {
    Map<String, Object> c = Obj.of("cniVersion", "0.3.1", "name", s.name(), "type", s.cniType());
    if ("bridge".equals(s.cniType())) {
      c.put("bridge", bridgeName(s));
    } else if ("macvlan".equals(s.cniType())) {
      c.put("mode", "bridge");
      c.put("capabilities", Obj.of("mac", true));
    }
    c.put("ipam", Obj.empty());
    try {
      return JSON.writeValueAsString(c);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }

  /**
   * The node bridge: the segment's name with a {@code br-} prefix, unless the name already is a bridge's (a libvirt
   * or Proxmox NIC's network is its host bridge, {@code br-repl}, {@code br0}, {@code vmbr0}), which is kept so the
   * nodes can use the bridge the source hosts had. A Linux interface name holds at most 15 characters.
   */
  static String bridgeName(SegmentTarget s) {
    String b = s.name().startsWith("br-") || s.name().matches("(vir|vm)?br\\d+") ? s.name() : "br-" + s.name();
    return b.length() <= 15 ? b : "br-" + DnsNames.hash(s.name());
  }
}
