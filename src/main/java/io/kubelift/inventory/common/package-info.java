/**
 * What the platform readers share: the mutable {@link io.kubelift.inventory.common.VmDraft} a reader fills and
 * freezes into a VM, unit and size parsing, disk-format and NIC-model names, guest OS identifiers of each
 * platform, and format sniffing.
 */
package io.kubelift.inventory.common;
