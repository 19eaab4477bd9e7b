package io.kubelift.model;

import java.util.List;

/**
 * What the application inside the VM needs, as the migration team knows it.
 *
 * @param stateful whether the VM holds data that must survive re-creation
 * @param dataLocation {@code local-file-db}, {@code local-db}, {@code local-disk}, {@code external-db} or
 *     {@code none}
 * @param hardcodedHostnames host names its configuration refers to
 * @param hardcodedIps IP addresses its configuration refers to
 * @param healthCheck how its health can be checked, when it can
 * @param backup {@code none}, {@code volume} (storage snapshots), {@code file} or {@code agent}
 * @param autoRecreate {@code wanted} or {@code forbidden}: whether the platform may restart or re-create it
 * @param replicas how many identical copies should run
 * @param config configuration files to hand to the guest (cloud-init), by path
 */
public record Workload(
    Boolean stateful,
    String dataLocation,
    List<String> hardcodedHostnames,
    List<String> hardcodedIps,
    HealthCheck healthCheck,
    String backup,
    String autoRecreate,
    Integer replicas,
    java.util.Map<String, String> config) {
  public Workload {
    hardcodedHostnames = hardcodedHostnames == null ? null : List.copyOf(hardcodedHostnames);
    hardcodedIps = hardcodedIps == null ? null : List.copyOf(hardcodedIps);
    config =
        config == null
            ? null
            : java.util.Collections.unmodifiableSortedMap(new java.util.TreeMap<>(config));
  }
}
