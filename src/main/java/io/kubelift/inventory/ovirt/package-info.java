/**
 * Reads oVirt/RHV REST API XML: VMs with their topology, memory, OS, BIOS type, high availability and, when
 * embedded, disks, NICs, host devices and snapshots. Templates and bare disk or NIC collections are reported, not
 * assessed. VDSM's host-side JSON is not read.
 */
package io.kubelift.inventory.ovirt;
