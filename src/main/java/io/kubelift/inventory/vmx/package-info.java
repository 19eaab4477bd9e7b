/**
 * Reads VMware .vmx files: the case-insensitive key/value dictionary with its escapes and wildcard keys, disks by
 * controller slot, NICs, passthrough and port devices, firmware, vTPM and CPU/NUMA placement.
 */
package io.kubelift.inventory.vmx;
