/**
 * Reads libvirt domain XML ({@code virsh dumpxml}): disks, interfaces, host devices, firmware and host tuning of
 * each {@code <domain>}, through the secure XML parser of {@code io.kubelift.source}.
 */
package io.kubelift.inventory.libvirt;
