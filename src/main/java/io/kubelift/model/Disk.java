package io.kubelift.model;

/**
 * One virtual disk or CD-ROM.
 *
 * @param name the disk's name or label in the source
 * @param format {@code qcow2}, {@code raw}, {@code vmdk}, {@code vdi}, {@code vhd}, {@code vhdx} or {@code iso}
 * @param capacityGiB provisioned size in GiB
 * @param provisioning {@code thin} or {@code thick}
 * @param bus {@code virtio}, {@code scsi}, {@code sata}, {@code ide}, {@code nvme} or {@code usb}
 * @param shared attached to several VMs at once (multi-writer, shareable)
 * @param rawLun a raw device mapping or LUN passed through rather than an image file
 * @param independent left out of snapshots, its writes possibly discarded at power off (VMware independent modes,
 *     libvirt transient disks)
 * @param purpose {@code os}, {@code data} or {@code swap}
 * @param path the file or device path in the source, for the runbook
 * @param readonly attached read-only
 */
public record Disk(
    String name,
    String format,
    Double capacityGiB,
    String provisioning,
    String bus,
    Boolean shared,
    Boolean rawLun,
    Boolean independent,
    String purpose,
    String path,
    Boolean readonly) {

  /**
   * Whether this is CD-ROM media (format {@code iso}) rather than a disk of the VM's own: an installation or tools
   * image that is imported only when the guest still needs it, so it is left out of the VM's disk total.
   */
  public boolean cdrom() {
    return "iso".equals(format);
  }

  /** A disk whose read-only flag the source does not tell: the flag is unknown. */
  public Disk(String name, String format, Double capacityGiB, String provisioning, String bus, Boolean shared,
      Boolean rawLun, Boolean independent, String purpose, String path) {
    this(name, format, capacityGiB, provisioning, bus, shared, rawLun, independent, purpose, path, null);
  }
}
