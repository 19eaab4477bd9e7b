package io.kubelift.model;

/**
 * A device other than disks and NICs that ties the VM to its host.
 *
 * @param type {@code pci}, {@code gpu}, {@code vgpu}, {@code usb}, {@code dongle}, {@code serial},
 *     {@code parallel}, {@code smartcard}, {@code watchdog}, {@code filesystem} (a host directory the guest mounts:
 *     virtiofs, 9p, VMware shared folders) or {@code launch-security} (memory encryption or a trusted execution
 *     environment: AMD SEV, SEV-ES, SEV-SNP, Intel TDX, IBM Secure Execution; the description names which)
 * @param passthrough whether a physical device or resource of the host is passed through
 * @param description free text from the source, e.g. the dongle's vendor
 */
public record Device(String type, Boolean passthrough, String description) {}
