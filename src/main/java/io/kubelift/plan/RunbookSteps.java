package io.kubelift.plan;

import io.fabric8.kubernetes.api.model.HasMetadata;
import io.kubelift.rubric.ClusterFactNames;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** The runbook's generated objects, decisions and ordered steps with commands and checks. */
final class RunbookSteps {
  private final Draft d;
  private final StringBuilder sb = new StringBuilder();
  private int step;

  RunbookSteps(Draft d) {
    this.d = d;
  }

  String render() {
    generated();
    decisions();
    sb.append("\n## Steps\n");
    new ClusterCheck(d).render(this);
    if (d.subject.namespace() != null) {
      apply("Create the namespace", NamespaceEnricher.FILE,
          "kubectl get namespace " + d.subject.namespace());
    }
    networks();
    new DiskSteps(d, this).render();
    if (d.manifests.containsKey(ServiceEnricher.FILE)) {
      apply("Create the Services, so host names resolve as soon as callers boot", ServiceEnricher.FILE,
          kubectl("get services " + String.join(" ", names(ServiceEnricher.FILE))));
    }
    vms();
    servicesCheck();
    new FencingSteps(d, this).render();
    return sb.toString();
  }

  private void generated() {
    sb.append("\n## What is generated\n\n| File | Objects |\n|---|---|\n");
    d.manifests.forEach((file, objs) -> {
      List<String> what = new ArrayList<>();
      objs.forEach(o -> what.add(o.getKind() + " `" + o.getMetadata().getName() + "`"));
      sb.append("| `").append(file).append("` | ").append(String.join(", ", what)).append(" |\n");
    });
    d.files.keySet().forEach(f -> sb.append("| `").append(f).append("` | ContainerDisk image build |\n"));
  }

  private void decisions() {
    sb.append("\n## Decisions and assumptions\n\n");
    sb.append(String.format(Locale.ROOT, "- DataVolume sizes are the disk capacity plus %.1f %% file-system "
        + "overhead (CDI's default `filesystemOverhead`), rounded up to whole GiB; Block volumes get none.%n",
        DiskPlanner.FS_OVERHEAD * 100));
    sb.append(String.format(Locale.ROOT, "- Import times assume the whole capacity crosses the network at %s "
        + "Mbit/s: an upper bound for thin disks, conversion not included.%n", number(d.options.bandwidthMbps())));
    sb.append("- Each VM keeps its MAC addresses, so guest network configuration tied to them still applies.\n");
    d.notes.forEach(n -> sb.append("- ").append(n).append('\n'));
  }

  private void networks() {
    if (d.segments.isEmpty()) {
      return;
    }
    // where the cluster is known to lack Multus, the step must not read as if it will simply work
    String title = Boolean.FALSE.equals(d.cluster.flag(ClusterFactNames.MULTUS))
        ? "Create the secondary networks, once Multus is installed (see step 1)" : "Create the secondary networks";
    apply(title, NetworkAttachmentEnricher.FILE,
        kubectl("get network-attachment-definitions " + String.join(" ", names(NetworkAttachmentEnricher.FILE))));
    sb.append("\n| Attachment | Segment | CNI | Range | On the nodes |\n|---|---|---|---|---|\n");
    for (SegmentTarget s : d.segments) {
      sb.append(String.format("| `%s` | %s | %s | %s | %s |%n", s.name(), Markdown.text(s.network()), s.cniType(),
          Markdown.text(s.cidr()), nodeSide(s)));
    }
    sb.append("\nAddresses the guests keep on these networks (their own static configuration; the attachments "
        + "assign none):\n\n");
    for (VmTarget vm : d.vms) {
      for (NicTarget n : vm.nics()) {
        if (!n.staticAddresses().isEmpty()) {
          sb.append(String.format("- `%s` on `%s`: %s%n", vm.name(), n.name(),
              Markdown.text(String.join(", ", n.staticAddresses()))));
        }
      }
    }
  }

  private static String nodeSide(SegmentTarget s) {
    switch (s.cniType()) {
      case "sriov":
        return "an SR-IOV resource: add your SriovNetworkNodePolicy's `k8s.v1.cni.cncf.io/resourceName` annotation";
      case "macvlan":
        return "set `master` to the node interface (or VLAN) on this segment; default: the default-route one";
      default:
        return "a Linux bridge `" + NetworkAttachmentEnricher.bridgeName(s) + "` on every node, uplinked to the segment";
    }
  }

  private void vms() {
    for (VmTarget vm : d.vms) {
      String file = d.vmFile(vm);
      List<String> cmds = new ArrayList<>();
      cmds.add(kubectl("apply -f " + file));
      String check;
      if (vm.replicaSet()) {
        check = "`" + kubectl("wait vmirs/" + vm.name() + " --for=jsonpath='{.status.readyReplicas}'="
            + vm.replicas() + " --timeout=20m") + "`";
      } else {
        if ("Manual".equals(vm.runStrategy())) {
          cmds.add(virtctl("start " + vm.name()) + "   # runStrategy Manual: started by hand");
        }
        check = "`" + kubectl("wait vm/" + vm.name() + " --for=condition=Ready --timeout=20m") + "`";
      }
      String what = vm.replicaSet() ? "VirtualMachineInstanceReplicaSet, " + vm.replicas() + " replicas"
          : "VirtualMachine, runStrategy " + vm.runStrategy();
      step(String.format("Start `%s`%s (%s)", vm.name(), vm.vm().role() == null ? ""
          : ", role " + Markdown.text(vm.vm().role()), what), cmds, check + " succeeds.");
    }
  }

  private void servicesCheck() {
    List<String> services = names(ServiceEnricher.FILE);
    if (!services.isEmpty()) {
      step("Check that every Service has endpoints", List.of(kubectl("get endpoints " + String.join(" ",
          services))), "each Service lists at least one address; NodePort/LoadBalancer Services show their "
          + "external port or address with `" + kubectl("get services") + "`: move users' DNS records there.");
    }
  }

  void apply(String title, String file, String check) {
    step(title, List.of(kubectl("apply -f " + file)), "`" + check + "` lists them.");
  }

  /** A numbered step with its commands and the check that ends it. */
  void step(String title, List<String> commands, String check) {
    step(title, "", commands, check);
  }

  /** A numbered step with Markdown before its commands (none: no code block) and the check that ends it. */
  void step(String title, String intro, List<String> commands, String check) {
    sb.append("\n### ").append(++step).append(". ").append(title).append("\n\n").append(intro);
    if (!commands.isEmpty()) {
      sb.append("```sh\n");
      commands.forEach(c -> sb.append(c).append('\n'));
      sb.append("```\n\n");
    }
    sb.append("Check: ").append(check).append('\n');
  }

  void text(String markdown) {
    sb.append(markdown);
  }

  String kubectl(String args) {
    return "kubectl " + args + namespaceFlag();
  }

  String virtctl(String args) {
    return "virtctl " + args + namespaceFlag();
  }

  private String namespaceFlag() {
    return d.subject.namespace() == null ? "" : " -n " + d.subject.namespace();
  }

  private List<String> names(String file) {
    List<String> out = new ArrayList<>();
    for (HasMetadata o : d.manifests.getOrDefault(file, List.of())) {
      out.add(o.getMetadata().getName());
    }
    return out;
  }

  static String number(double v) {
    return v == Math.rint(v) ? String.valueOf((long) v) : String.valueOf(v);
  }
}
