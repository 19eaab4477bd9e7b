package io.kubelift.plan;

/**
 * One extra network segment, as a Multus NetworkAttachmentDefinition.
 *
 * @param network the segment's name in the inventory
 * @param name the NetworkAttachmentDefinition's name
 * @param cniType {@code bridge}, {@code macvlan} or {@code sriov}
 * @param cidr the segment's address range, when the application declares it
 * @param purpose the segment's purpose, when declared
 */
record SegmentTarget(String network, String name, String cniType, String cidr, String purpose) {}
