package io.kubelift.plan;

import static io.kubelift.rubric.ClusterFactNames.CDI_INSTALLED;
import static io.kubelift.rubric.ClusterFactNames.CDI_UPLOAD_PROXY;
import static io.kubelift.rubric.ClusterFactNames.CDI_VERSION;
import static io.kubelift.rubric.ClusterFactNames.DEDICATED_CPUS;
import static io.kubelift.rubric.ClusterFactNames.DEFAULT_CLASS;
import static io.kubelift.rubric.ClusterFactNames.FENCING;
import static io.kubelift.rubric.ClusterFactNames.FENCING_KINDS;
import static io.kubelift.rubric.ClusterFactNames.HUGEPAGES;
import static io.kubelift.rubric.ClusterFactNames.KUBEVIRT_INSTALLED;
import static io.kubelift.rubric.ClusterFactNames.KUBEVIRT_PHASE;
import static io.kubelift.rubric.ClusterFactNames.KUBEVIRT_VERSION;
import static io.kubelift.rubric.ClusterFactNames.MULTUS;
import static io.kubelift.rubric.ClusterFactNames.MULTUS_NETWORKS;
import static io.kubelift.rubric.ClusterFactNames.NODES_HUGEPAGE_SIZES;
import static io.kubelift.rubric.ClusterFactNames.RWX;
import static io.kubelift.rubric.ClusterFactNames.RWX_BLOCK;
import static io.kubelift.rubric.ClusterFactNames.RWX_CLASSES;
import static io.kubelift.rubric.ClusterFactNames.SRIOV;

import io.kubelift.model.HostNeeds;
import io.kubelift.model.Vm;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * Runbook step 1, "Check the target cluster". Without cluster facts it lists the commands that show KubeVirt, CDI
 * and Multus are there, as it always did. With them it states what was found (KubeVirt, CDI, storage classes,
 * Multus, fencing, and SR-IOV, hugepages or dedicated CPUs where the plan needs them), says plainly what is missing
 * and must be installed first, and lists only the checks that remain: those on facts that are unknown.
 */
final class ClusterCheck {
  static final String TITLE = "Check the target cluster";
  private static final String KUBEVIRT_CMD = "kubectl get kubevirt -A            # KubeVirt deployed (PHASE Deployed)";
  private static final String CDI_CMD = "kubectl get cdi                    # CDI deployed";
  private static final String MULTUS_CMD =
      "kubectl get crd network-attachment-definitions.k8s.cni.cncf.io   # Multus installed";
  private final Draft d;
  private final TargetCluster c;
  private final StringBuilder found = new StringBuilder();
  private final List<String> checks = new ArrayList<>();

  ClusterCheck(Draft d) {
    this.d = d;
    this.c = d.cluster;
  }

  void render(RunbookSteps steps) {
    if (!c.given()) {
      List<String> cmds = new ArrayList<>(List.of(KUBEVIRT_CMD));
      if (dataVolumes()) {
        cmds.add(CDI_CMD);
      }
      if (!d.segments.isEmpty()) {
        cmds.add(MULTUS_CMD);
      }
      steps.step(TITLE, cmds, "every command lists its object without an error.");
      return;
    }
    kubevirt();
    storage();
    networks();
    fencing();
    hostNeeds();
    String intro = Markdown.format("The cluster facts, read from \"%s\", say:", c.source()) + "\n\n" + found + "\n";
    if (checks.isEmpty()) {
      steps.step(TITLE, intro, checks, "nothing is left to check. If the cluster may have changed since its facts "
          + "were read, read them again with `kubelift cluster check`.");
    } else {
      steps.step(TITLE, intro + "Left to check, because those facts are unknown or were missing:\n\n", checks,
          "every command lists its object without an error.");
    }
  }

  private void kubevirt() {
    fact("KubeVirt", KUBEVIRT_INSTALLED, Markdown.format("%s, phase %s", c.text(KUBEVIRT_VERSION),
        c.text(KUBEVIRT_PHASE)), "**not installed**");
    check(KUBEVIRT_INSTALLED, true, true, KUBEVIRT_CMD);
    String proxy = d.options.source() == PlanOptions.DiskSource.UPLOAD && c.text(CDI_UPLOAD_PROXY) != null
        ? Markdown.format(", upload proxy %s", c.text(CDI_UPLOAD_PROXY)) : "";
    fact("CDI", CDI_INSTALLED, Markdown.format("%s", c.text(CDI_VERSION)) + proxy, "**not installed**"
        + (dataVolumes() ? ": the DataVolumes and `virtctl image-upload` need it; install CDI first" : ""));
    check(CDI_INSTALLED, dataVolumes(), true, CDI_CMD);
  }

  private void storage() {
    String def = c.text(DEFAULT_CLASS);
    String defaults = def == null ? Markdown.format("default class unknown (%s)", c.why(DEFAULT_CLASS))
        : TargetCluster.NO_DEFAULT.equals(def) ? "no class is marked default"
        : Markdown.format("default class `%s`", def);
    List<String> rwxClasses = c.list(RWX_CLASSES);
    String rwx = Boolean.FALSE.equals(c.flag(RWX)) ? "no class offers ReadWriteMany"
        : rwxClasses == null ? Markdown.format("ReadWriteMany unknown (%s)", c.why(RWX))
        : Markdown.format("ReadWriteMany: `%s`", String.join("`, `", rwxClasses))
            + (Boolean.TRUE.equals(c.flag(RWX_BLOCK)) ? ", with Block volumes" : "");
    bullet("Storage", defaults + "; " + rwx);
    boolean optionClass = d.options.storageClass() != null;
    if (dataVolumes() && ((def == null && !optionClass) || c.flag(RWX) == null || c.flag(RWX_BLOCK) == null)) {
      checks.add("kubectl get storageclass; kubectl get storageprofiles -o custom-columns="
          + "CLASS:.metadata.name,MODES:.status.claimPropertySets   # the default class, and which offer ReadWriteMany");
    }
  }

  private void networks() {
    List<String> existing = c.list(MULTUS_NETWORKS);
    boolean segments = !d.segments.isEmpty();
    String there = existing == null || existing.isEmpty() ? "installed" : Markdown.format("installed, with "
        + "attachments %s already defined", String.join(", ", existing)) + (segments ? " (where one is the same "
        + "segment as an attachment of this plan, the VMs may name it instead)" : "");
    fact("Multus", MULTUS, there, "**not installed**" + (segments ? Markdown.format(": the secondary networks of "
        + "this plan need it. Install Multus and the CNI plugins they use (%s) before creating them; until then the "
        + "VMs attached to them cannot start", String.join(", ", cniTypes())) : ""));
    check(MULTUS, segments, true, MULTUS_CMD);
    if (d.vms.stream().anyMatch(v -> v.nics().stream().anyMatch(n -> n.nic() != null
        && Boolean.TRUE.equals(n.nic().sriov())))) {
      fact("SR-IOV network operator", SRIOV, "installed", "not installed (the plan's SR-IOV NICs become emulated "
          + "NICs; see the decisions above)");
      check(SRIOV, true, false,
          "kubectl get crd sriovnetworknodepolicies.sriovnetwork.openshift.io   # SR-IOV network operator installed");
    }
  }

  private void fencing() {
    List<String> kinds = c.list(FENCING_KINDS);
    // the guests fence their peers, or several VMs write one disk: either way a failed node must be fenced
    boolean guestsFence = d.subject.application() != null && d.subject.application().fencing() != null
        && Boolean.TRUE.equals(d.subject.application().fencing().required());
    boolean needed = guestsFence || d.vms.stream().anyMatch(v -> v.disks().stream().anyMatch(DiskTarget::shared));
    fact("Node fencing", FENCING, kinds == null ? "configured"
        : Markdown.format("%s, through NodeHealthChecks", String.join(", ", kinds)), "none configured");
    check(FENCING, needed, false, "kubectl get nodehealthchecks -o wide   # node remediation (fencing) configured");
  }

  private void hostNeeds() {
    if (needs(HostNeeds::hugepages)) {
      List<String> sizes = c.list(NODES_HUGEPAGE_SIZES);
      fact("Hugepages", HUGEPAGES, sizes == null ? "offered" : "offered: " + String.join(", ", sizes),
          "none offered");
      check(HUGEPAGES, true, false, "kubectl get nodes -o custom-columns=NODE:.metadata.name,"
          + "2MI:.status.allocatable.hugepages-2Mi,1GI:.status.allocatable.hugepages-1Gi   # hugepages reserved");
    }
    if (needs(HostNeeds::dedicatedCpus)) {
      fact("Dedicated CPUs", DEDICATED_CPUS, "nodes run the static CPU manager policy", "no node runs the static "
          + "CPU manager policy");
      check(DEDICATED_CPUS, true, false, "kubectl get nodes -l cpumanager=true   # static CPU manager policy");
    }
  }

  /** A bullet for a capability: what was found, what is missing, or unknown with why. */
  private void fact(String what, String fact, String whenThere, String whenMissing) {
    Boolean state = c.flag(fact);
    bullet(what, Boolean.TRUE.equals(state) ? whenThere : Boolean.FALSE.equals(state) ? whenMissing
        : Markdown.format("unknown (%s)", c.why(fact)));
  }

  /**
   * A check left for the operator where the plan needs the capability: when it is unknown, and, where it must be
   * installed first ({@code installFirst}), when it is missing, to confirm the installation.
   */
  private void check(String fact, boolean needed, boolean installFirst, String command) {
    Boolean state = c.flag(fact);
    if (needed && state == null) {
      checks.add(command);
    } else if (needed && installFirst && Boolean.FALSE.equals(state)) {
      checks.add(command + " (after installing it)");
    }
  }

  private void bullet(String what, String markdown) {
    found.append("- ").append(what).append(": ").append(markdown).append('\n');
  }

  private boolean needs(Function<HostNeeds, Boolean> need) {
    return d.vms.stream().map(VmTarget::vm).map(Vm::kernel)
        .anyMatch(k -> k != null && k.host() != null && Boolean.TRUE.equals(need.apply(k.host())));
  }

  private List<String> cniTypes() {
    List<String> out = new ArrayList<>();
    d.segments.stream().map(SegmentTarget::cniType).distinct().sorted().forEach(out::add);
    return out;
  }

  boolean dataVolumes() {
    return d.vms.stream().anyMatch(v -> v.disks().stream().anyMatch(t -> t.kind() == DiskTarget.Kind.DATA_VOLUME));
  }
}
