package io.kubelift.inventory.common;

/**
 * Whether a guest evidently has virtio drivers, from the disk it boots from. A guest set up to boot from a virtio
 * disk (virtio-blk, or SCSI behind a virtio-scsi controller) has the driver in its boot path: without it Windows stops
 * with INACCESSIBLE_BOOT_DEVICE and Linux's initramfs does not find its root, so a VM kept that way has the drivers.
 * A virtio NIC alone is not taken as evidence: a guest starts without its network driver, and the storage driver is
 * the one a conversion needs. The opposite is never inferred: a guest on IDE or SATA may have the drivers installed
 * and unused.
 */
public final class VirtioBoot {
  private VirtioBoot() {}

  /**
   * {@code true} when the boot disk is on virtio, else {@code null} (unknown).
   *
   * @param bus the boot disk's bus in the model's terms ({@code virtio}, {@code scsi}, …), {@code null} if unknown
   * @param virtioScsi whether the SCSI controller that disk hangs from is virtio-scsi
   */
  public static Boolean of(String bus, boolean virtioScsi) {
    return "virtio".equals(bus) || "scsi".equals(bus) && virtioScsi ? Boolean.TRUE : null;
  }
}
