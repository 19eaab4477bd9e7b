package io.kubelift.plan;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Every plan of a run: one per application, one per standalone VM.
 *
 * @param plans the plans, applications first (by name), then standalone VMs
 */
public record Plan(List<AppPlan> plans) {
  /** Directory that holds the plans of VMs outside any application; no application directory starts with "_". */
  public static final String STANDALONE_DIR = "_standalone";

  public Plan {
    plans = List.copyOf(plans);
  }

  /**
   * Each application's plan directory, relative to where the report is written: {@code prefix} is the plan root
   * relative to it (e.g. {@code plan/}). For {@code RenderOptions.planLinks}.
   */
  public Map<String, String> links(String prefix) {
    Map<String, String> out = new TreeMap<>();
    for (AppPlan p : plans) {
      if (!p.standalone()) {
        out.put(p.name(), prefix + p.dir() + "/");
      }
    }
    return out;
  }
}
