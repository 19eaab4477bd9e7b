package io.kubelift.plan;

import io.kubelift.model.Application;
import io.kubelift.rubric.ClusterFactNames;
import java.util.ArrayList;
import java.util.List;

/**
 * The runbook's fencing step, for plans with {@link FencingEnricher}'s identity: what the target does about failed
 * nodes, then fence_kubevirt in Pacemaker (or the cluster software's own agent) with that identity. It needs a
 * person: node names, credentials in the guests and failover tests are decisions the plan cannot take.
 */
final class FencingSteps {
  static final String KUBECONFIG = "/etc/pacemaker/kubevirt.kubeconfig";
  private final Draft d;
  private final RunbookSteps steps;

  FencingSteps(Draft d, RunbookSteps steps) {
    this.d = d;
    this.steps = steps;
  }

  void render() {
    if (!d.manifests.containsKey(FencingEnricher.FILE)) {
      return;
    }
    Application app = d.subject.application();
    boolean pacemaker = "pacemaker".equals(app.clusterSoftware());
    String token = FencingEnricher.tokenName(d);
    List<String> cmds = new ArrayList<>();
    cmds.add(steps.kubectl("apply -f " + FencingEnricher.FILE));
    cmds.add(steps.kubectl("get secret " + token + " -o jsonpath='{.data.token}'") + " | base64 -d > fencing.token");
    cmds.add(steps.kubectl("get secret " + token + " -o jsonpath='{.data.ca\\.crt}'")
        + " | base64 -d > fencing-ca.crt");
    cmds.add("# in each guest: " + KUBECONFIG + " with the API server's URL, fencing-ca.crt and fencing.token");
    if (pacemaker) {
      cmds.add("# in one guest:");
      String ns = d.subject.namespace() == null ? "NAMESPACE" : d.subject.namespace();
      for (VmTarget vm : d.vms) {
        if (!vm.replicaSet()) {
          cmds.add("pcs stonith create fence-" + vm.name() + " fence_kubevirt namespace=" + ns + " kubeconfig="
              + KUBECONFIG + " port=" + vm.name() + " pcmk_host_list=" + node(vm));
        }
      }
      cmds.add("pcs stonith status");
    }
    steps.step("Set up fencing for the guest cluster (a person decides and tests)", intro(app, pacemaker), cmds,
        check(pacemaker));
  }

  private String intro(Application app, boolean pacemaker) {
    StringBuilder sb = new StringBuilder();
    sb.append(Markdown.format("The cluster software (%s) fences its peers with %s, which cannot reach a KubeVirt "
        + "VM. ", app.clusterSoftware(), app.fencing().mechanism()));
    Boolean platform = d.cluster.flag(ClusterFactNames.FENCING);
    List<String> kinds = d.cluster.list(ClusterFactNames.FENCING_KINDS);
    if (Boolean.TRUE.equals(platform)) {
      sb.append(Markdown.format("The target fences failed nodes itself (%s through NodeHealthChecks): check that "
          + "their selectors cover the nodes these VMs run on, and that a node is fenced before the guests' "
          + "take-over gives up. ", kinds == null ? "remediation" : String.join(", ", kinds)));
    } else if (Boolean.FALSE.equals(platform)) {
      sb.append("The target fences no failed node: a VM on a dead node is not stopped until someone deletes it, so "
          + "a guest's fencing request cannot complete and take-over waits. Configure a NodeHealthCheck with "
          + "FenceAgentsRemediation or SelfNodeRemediation first. ");
    } else {
      sb.append(Markdown.format("Whether the target fences failed nodes is unknown (%s): check with `%s`. ",
          d.cluster.why(ClusterFactNames.FENCING), "kubectl get nodehealthchecks"));
    }
    sb.append(Markdown.format("The guests fence through the Kubernetes API as ServiceAccount `%s` "
        + "(%s), which may only stop, start and read this application's VMs. ", FencingEnricher.name(d),
        FencingEnricher.FILE));
    sb.append(pacemaker ? "Replace each `NODE-NAME-OF-…` below by that VM's node name in Pacemaker (`pcs status "
        + "nodes`)" + (d.subject.namespace() == null ? " and `NAMESPACE` by the namespace the plan is applied in" : "")
        + ".\n\n" : "Configure the cluster software's fencing to stop peer VMs through the Kubernetes API with that "
        + "identity (for Pacemaker, the fence agent is fence\\_kubevirt).\n\n");
    return sb.toString();
  }

  private String check(boolean pacemaker) {
    VmTarget last = lastVm();
    String fence = pacemaker ? "`pcs stonith fence " + node(last) + "`" : "a fencing request for " + last.name();
    return (pacemaker ? "`pcs stonith status` shows every fence\\_kubevirt device Started. " : "")
        + "Then test failover before going live: " + fence + " stops `" + last.name() + "` and starts it again (`"
        + steps.kubectl("get vmi " + last.name()) + "` shows a new instance) while the service moves to its peer; "
        + "remove the old fencing devices only after that.";
  }

  private VmTarget lastVm() {
    VmTarget last = null;
    for (VmTarget vm : d.vms) {
      last = vm.replicaSet() ? last : vm;
    }
    return last;
  }

  private static String node(VmTarget vm) {
    return "NODE-NAME-OF-" + vm.name();
  }
}
