/**
 * Reads OVF descriptors (VMware, VirtualBox and oVirt/RHV flavours, single VMs and collections) through the
 * secure XML parser: virtual systems, guest OS, CPU and memory items, disks with format and capacity, networks,
 * firmware and, for oVirt, snapshots and high availability.
 */
package io.kubelift.inventory.ovf;
