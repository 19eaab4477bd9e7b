package io.kubelift.model;

/**
 * What the VM needs from the physical host: node configuration on Kubernetes, not guest configuration.
 *
 * @param hugepages memory backed by pre-allocated hugepages
 * @param dedicatedCpus pinned or isolated physical CPUs
 * @param numaPinning guest NUMA topology pinned to host NUMA nodes
 * @param realtime a realtime-tuned host
 */
public record HostNeeds(Boolean hugepages, Boolean dedicatedCpus, Boolean numaPinning, Boolean realtime) {}
