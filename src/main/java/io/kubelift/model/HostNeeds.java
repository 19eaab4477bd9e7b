package io.kubelift.model;

/**
 * What the VM needs from the physical host: node configuration on Kubernetes, not guest configuration.
 *
 * @param hugepages memory backed by pre-allocated hugepages
 * @param dedicatedCpus pinned or isolated physical CPUs
 * @param numaPinning guest NUMA topology pinned to host NUMA nodes
 * @param realtime a realtime-tuned host
 * @param nestedVirtualization hardware virtualisation (VT-x/AMD-V) offered to the guest, so that it can run a
 *     hypervisor of its own
 */
public record HostNeeds(Boolean hugepages, Boolean dedicatedCpus, Boolean numaPinning, Boolean realtime,
    Boolean nestedVirtualization) {

  /** Host needs of a source that does not tell nested virtualisation: that need is unknown. */
  public HostNeeds(Boolean hugepages, Boolean dedicatedCpus, Boolean numaPinning, Boolean realtime) {
    this(hugepages, dedicatedCpus, numaPinning, realtime, null);
  }
}
