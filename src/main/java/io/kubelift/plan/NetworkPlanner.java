package io.kubelift.plan;

import io.kubelift.model.Application;
import io.kubelift.model.Nic;
import io.kubelift.model.Vm;
import io.kubelift.rubric.ClusterFactNames;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Decides each NIC's network. The first connected NIC goes on the pod network (masquerade) unless it must keep a
 * static address, carries a VIP or is SR-IOV; every other NIC goes on a Multus secondary network, one
 * NetworkAttachmentDefinition per segment: SR-IOV where a NIC on it was SR-IOV, macvlan where addresses on it are
 * static (as the evaluation did), bridge otherwise. A VM left without a pod-network interface gets one added
 * last, so Services and probes reach it without renumbering the guest's own NICs. Where the target is known to lack
 * the SR-IOV network operator, an SR-IOV NIC becomes a virtio NIC on a bridge or macvlan attachment instead, noted.
 */
final class NetworkPlanner {
  static final String POD = "default";
  private final Draft draft;
  private final Map<String, SegmentTarget> segments = new LinkedHashMap<>();

  NetworkPlanner(Draft draft) {
    this.draft = draft;
  }

  /** First pass over every member: the segments that need an attachment, with their CNI type. */
  void collect(List<Vm> vms) {
    Map<String, String> types = new LinkedHashMap<>();
    for (Vm vm : vms) {
      List<Nic> nics = connected(vm);
      for (int i = 0; i < nics.size(); i++) {
        if (!onPod(nics, i)) {
          types.merge(segmentKey(vm, nics.get(i)), cniType(nics.get(i), sriov()), NetworkPlanner::stronger);
        }
      }
    }
    Map<String, String> rawByKey = new LinkedHashMap<>();
    types.keySet().forEach(k -> rawByKey.put(k, k));
    Map<String, String> names = DnsNames.unique(rawByKey);
    for (Map.Entry<String, String> e : types.entrySet()) {
      Application.Segment declared = declared(e.getKey());
      segments.put(e.getKey(), new SegmentTarget(e.getKey(), names.get(e.getKey()), e.getValue(),
          declared == null ? null : declared.cidr(), declared == null ? null : declared.purpose()));
    }
    draft.segments.addAll(segments.values());
  }

  /** Second pass, per VM: its interfaces in source order. */
  List<NicTarget> nics(Vm vm, boolean replicaSet) {
    List<Nic> nics = connected(vm);
    List<NicTarget> out = new ArrayList<>();
    for (int i = 0; i < nics.size(); i++) {
      Nic n = nics.get(i);
      String mac = replicaSet ? null : n.mac();
      if (onPod(nics, i)) {
        out.add(new NicTarget(n, POD, null, "masquerade", mac, List.of()));
      } else {
        SegmentTarget s = segments.get(segmentKey(vm, n));
        if (n.network() == null) {
          draft.note("%s: NIC %s has no known network; its attachment is named after the VM.", vm.name(), n.name());
        }
        String binding = Boolean.TRUE.equals(n.sriov()) && sriov() ? "sriov" : "bridge";
        if (Boolean.TRUE.equals(n.sriov()) && !sriov()) {
          noteNoSriov(vm, n, s);
        }
        List<String> kept = Boolean.TRUE.equals(n.staticIp()) && n.addresses() != null ? n.addresses() : List.of();
        out.add(new NicTarget(n, s.name(), s.name(), binding, mac, kept));
      }
    }
    if (out.stream().noneMatch(NicTarget::podNetwork)) {
      out.add(new NicTarget(null, POD, null, "masquerade", null, List.of()));
      draft.note("%s: none of its NICs can use the pod network, so an extra interface on it is added last for "
          + "Services and probes; configure it in the guest with DHCP.", vm.name());
    }
    noteDropped(vm);
    return out;
  }

  private void noteNoSriov(Vm vm, Nic n, SegmentTarget s) {
    draft.note("%s: NIC %s was SR-IOV, but the target has no SR-IOV network operator, so it becomes an emulated NIC "
        + "(virtio where the guest has drivers) with a bridge binding on the %s attachment (type %s): slower, but "
        + "not tied to nodes with virtual functions. To keep a virtual function, install the operator, then make "
        + "the attachment type sriov and the binding sriov.", vm.name(), n.name(), s.name(), s.cniType());
  }

  private static boolean onPod(List<Nic> nics, int i) {
    Nic n = nics.get(i);
    return i == 0 && !Boolean.TRUE.equals(n.staticIp()) && !Boolean.TRUE.equals(n.sriov()) && !hasVip(n);
  }

  static boolean hasVip(Nic n) {
    return n.vip() != null && !n.vip().isBlank() && !"none".equals(n.vip().trim().toLowerCase(Locale.ROOT));
  }

  /** Whether SR-IOV attachments can work: not when the target is known to lack the SR-IOV network operator. */
  private boolean sriov() {
    return !Boolean.FALSE.equals(draft.cluster.flag(ClusterFactNames.SRIOV));
  }

  private static String cniType(Nic n, boolean sriov) {
    if (Boolean.TRUE.equals(n.sriov()) && sriov) {
      return "sriov";
    }
    return Boolean.TRUE.equals(n.staticIp()) || hasVip(n) ? "macvlan" : "bridge";
  }

  /** sriov over macvlan over bridge: one NIC's need decides for the whole segment. */
  private static String stronger(String a, String b) {
    List<String> order = List.of("bridge", "macvlan", "sriov");
    return order.indexOf(a) >= order.indexOf(b) ? a : b;
  }

  private static String segmentKey(Vm vm, Nic n) {
    return n.network() != null ? n.network() : vm.name() + "-" + (n.name() != null ? n.name() : "nic");
  }

  private Application.Segment declared(String network) {
    Application app = draft.subject.application();
    if (app == null || app.segments() == null) {
      return null;
    }
    return app.segments().stream().filter(s -> network.equals(s.name())).findFirst().orElse(null);
  }

  private static List<Nic> connected(Vm vm) {
    List<Nic> out = new ArrayList<>();
    for (Nic n : vm.nics() == null ? List.<Nic>of() : vm.nics()) {
      if (!Boolean.FALSE.equals(n.connected())) {
        out.add(n);
      }
    }
    return out;
  }

  private void noteDropped(Vm vm) {
    for (Nic n : vm.nics() == null ? List.<Nic>of() : vm.nics()) {
      if (Boolean.FALSE.equals(n.connected())) {
        draft.note("%s: NIC %s is not connected in the source and is left behind.", vm.name(), n.name());
      }
    }
  }
}
