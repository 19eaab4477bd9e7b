package io.kubelift.plan;

import io.fabric8.kubernetes.api.model.HasMetadata;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The plan of one application or standalone VM.
 *
 * @param name the application's (or VM's) name in the inventory
 * @param dir its directory relative to the plan root, {@code /}-separated
 * @param standalone whether it is a VM outside any application
 * @param blocked whether the move is blocked (then only the runbook is written)
 * @param files relative path to content, in writing order: manifests, Containerfiles, {@code runbook.md}
 * @param objects every object of the manifests, in apply order
 */
public record AppPlan(String name, String dir, boolean standalone, boolean blocked, Map<String, String> files,
    List<HasMetadata> objects) {
  /** The runbook's file name. */
  public static final String RUNBOOK = "runbook.md";

  public AppPlan {
    files = Collections.unmodifiableMap(new LinkedHashMap<>(files));
    objects = List.copyOf(objects);
  }
}
