package io.kubelift.model;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The guest kernel and what the host must provide for it.
 *
 * @param custom a self-built or patched kernel rather than the distribution's
 * @param version the running kernel version
 * @param cmdline the kernel command line
 * @param sysctl sysctl overrides, by key
 * @param modules out-of-tree or non-default kernel modules
 * @param host needs from the host
 * @param directBoot booted from a kernel and initrd kept outside the guest's disks (on the source host), not by a
 *     boot loader from its own disk
 */
public record Kernel(
    Boolean custom,
    String version,
    String cmdline,
    Map<String, String> sysctl,
    List<String> modules,
    HostNeeds host,
    Boolean directBoot) {
  public Kernel {
    sysctl = sysctl == null ? null : java.util.Collections.unmodifiableSortedMap(new TreeMap<>(sysctl));
    modules = modules == null ? null : List.copyOf(modules);
  }

  /** Kernel facts of a source that does not tell how the kernel boots: that stays unknown. */
  public Kernel(Boolean custom, String version, String cmdline, Map<String, String> sysctl, List<String> modules,
      HostNeeds host) {
    this(custom, version, cmdline, sysctl, modules, host, null);
  }
}
