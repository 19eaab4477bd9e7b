package io.kubelift.report;

import io.kubelift.assess.Assessment;
import io.kubelift.assess.CapacityFit;
import io.kubelift.model.ClusterFacts;
import java.util.List;
import java.util.Locale;

/** The lines under the summary table that name the target cluster and say whether the VMs fit on it. */
final class ClusterSummary {
  private static final int MAX_NAMED = 5;

  private ClusterSummary() {}

  static String render(Assessment a) {
    ClusterFacts c = a.cluster();
    if (!c.given()) {
      return "Target cluster: none given (--cluster or --cluster-facts); its facts are unknown.\n";
    }
    StringBuilder sb = new StringBuilder();
    sb.append("Target cluster: ").append(SummaryTable.clean(c.source())).append(" (").append(c.facts().size())
        .append(" facts known, ").append(c.unknownReasons().size()).append(" unknown)\n");
    CapacityFit f = CapacityFit.of(a);
    sb.append("Capacity: ").append(num(f.demandCpus())).append(" vCPUs of ").append(num(f.allocatableCpus()))
        .append(" allocatable").append(percent(f.cpuShare())).append(", ").append(gib(f.demandMemoryMiB()))
        .append(" of ").append(f.allocatableMemoryMiB() == null ? "unknown" : gib(f.allocatableMemoryMiB()))
        .append(percent(f.memoryShare())).append(": ")
        .append(f.fits() == null ? "fit unknown" : f.fits() ? "fits" : "does NOT fit");
    if (!f.unsized().isEmpty()) {
      sb.append("; ").append(f.unsized().size()).append(" VM(s) of unknown size");
    }
    sb.append('\n');
    if (!f.tooLarge().isEmpty()) {
      sb.append("Larger than the largest node (").append(num(f.largestNodeCpus())).append(" CPUs, ")
          .append(gib(f.largestNodeMemoryMiB())).append("): ").append(names(f.tooLarge())).append('\n');
    }
    return sb.toString();
  }

  private static String names(List<String> vms) {
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < Math.min(vms.size(), MAX_NAMED); i++) {
      sb.append(i == 0 ? "" : ", ").append(SummaryTable.cell(vms.get(i)));
    }
    return vms.size() > MAX_NAMED ? sb + " and " + (vms.size() - MAX_NAMED) + " more" : sb.toString();
  }

  private static String num(Double v) {
    if (v == null) {
      return "unknown";
    }
    return v == Math.rint(v) ? String.valueOf(v.longValue()) : String.format(Locale.ROOT, "%.1f", v);
  }

  private static String gib(double mib) {
    return String.format(Locale.ROOT, "%.1f GiB", mib / 1024);
  }

  private static String percent(Double share) {
    return share == null ? "" : String.format(Locale.ROOT, " (%.0f %%)", share * 100);
  }
}
