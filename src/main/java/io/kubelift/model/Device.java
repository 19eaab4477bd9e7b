package io.kubelift.model;

/**
 * A device other than disks and NICs that ties the VM to its host.
 *
 * @param type {@code pci}, {@code gpu}, {@code vgpu}, {@code usb}, {@code dongle}, {@code serial},
 *     {@code parallel}, {@code smartcard} or {@code watchdog}
 * @param passthrough whether a physical device of the host is passed through
 * @param description free text from the source, e.g. the dongle's vendor
 */
public record Device(String type, Boolean passthrough, String description) {}
