/**
 * Reads Proxmox VE QEMU VM configurations: disks by bus and storage, NICs with bridge, VLAN and cloud-init
 * addresses, PCI/USB passthrough, hugepages, CPU affinity, NUMA pinning, firmware and TPM state, and snapshot
 * sections counted as snapshots.
 */
package io.kubelift.inventory.proxmox;
