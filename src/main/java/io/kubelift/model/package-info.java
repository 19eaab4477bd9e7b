/**
 * The immutable description of an estate: VMs with their disks, NICs, devices, kernel and workload facts, and the
 * applications they form. Every field that an inventory may lack is nullable, and {@code null} means
 * <em>unknown</em>, never "none": an empty list says "known to have none". Nothing here depends on any other
 * KubeLift package.
 */
package io.kubelift.model;
