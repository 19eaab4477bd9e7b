package io.kubelift.plan;

import io.kubelift.model.Nic;
import java.util.List;

/**
 * What becomes of one source NIC (or the pod-network interface the plan adds).
 *
 * @param nic the inventory NIC, or {@code null} for an interface the plan adds
 * @param name the interface and network name in the VM
 * @param attachment the NetworkAttachmentDefinition's name, or {@code null} for the pod network
 * @param binding {@code masquerade}, {@code bridge} or {@code sriov}
 * @param mac the MAC address to keep, or {@code null}
 * @param staticAddresses addresses the guest keeps on this interface (empty when none)
 */
record NicTarget(Nic nic, String name, String attachment, String binding, String mac,
    List<String> staticAddresses) {
  NicTarget {
    staticAddresses = List.copyOf(staticAddresses);
  }

  boolean podNetwork() {
    return attachment == null;
  }
}
