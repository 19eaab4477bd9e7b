package io.kubelift.plan;

import io.kubelift.model.Disk;

/**
 * What becomes of one source disk.
 *
 * @param disk the inventory disk
 * @param name the DataVolume or image name, also the disk's name in the VM
 * @param kind where the disk lives on the target
 * @param cdrom attached as a CD-ROM (ISO images)
 * @param bus the disk bus in the VM
 * @param sizeGi the DataVolume size in GiB with file-system overhead, or {@code null} when the capacity is unknown
 * @param storageClass the DataVolume's storage class, or {@code null} for the cluster's default
 * @param accessMode the DataVolume access mode
 * @param volumeMode {@code Filesystem} or {@code Block}
 * @param image the container image holding the disk (ContainerDisks and registry sources), else {@code null}
 * @param file the file name the runbook imports or builds from (after conversion where needed)
 * @param convert whether the image is converted to qcow2 first ({@code qemu-img convert})
 */
record DiskTarget(
    Disk disk,
    String name,
    Kind kind,
    boolean cdrom,
    String bus,
    Long sizeGi,
    String storageClass,
    String accessMode,
    String volumeMode,
    String image,
    String file,
    boolean convert) {

  /** Where a disk lives on the target. */
  enum Kind {
    /** A CDI DataVolume (a PersistentVolumeClaim): persistent. */
    DATA_VOLUME,
    /** A container image pulled to the node: every write is lost on restart. */
    CONTAINER_DISK
  }

  boolean shared() {
    return Boolean.TRUE.equals(disk.shared());
  }
}
