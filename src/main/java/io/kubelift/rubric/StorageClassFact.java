package io.kubelift.rubric;

import java.util.List;

/**
 * One entry of the {@code cluster.storage.classes} fact: a storage class with what CDI's StorageProfile says it
 * supports. The cluster reader writes entries with {@link #describe()} and the plan reads them back with
 * {@link #parse}, so the text format has one owner, like the fact names in {@link ClusterFactNames}.
 *
 * @param name the storage class
 * @param provisioner its provisioner
 * @param volumeBinding {@code Immediate} or {@code WaitForFirstConsumer}
 * @param defaultClass whether it is marked as the cluster's default class
 * @param modes the claim property sets as {@code AccessMode/VolumeMode} ({@code ReadWriteMany/Block}), or
 *     {@code null} when no StorageProfile states them (unknown, not "none")
 */
public record StorageClassFact(String name, String provisioner, String volumeBinding, boolean defaultClass,
    List<String> modes) {
  private static final String UNKNOWN_MODES = "access modes unknown";
  private static final String DEFAULT = "default";

  public StorageClassFact {
    modes = modes == null ? null : List.copyOf(modes);
  }

  /** E.g. {@code ceph-rbd: rbd.csi.ceph.com, Immediate, default, ReadWriteMany/Block ReadWriteOnce/Filesystem}. */
  public String describe() {
    return name + ": " + provisioner + ", " + volumeBinding + (defaultClass ? ", " + DEFAULT : "") + ", "
        + (modes == null ? UNKNOWN_MODES : String.join(" ", modes));
  }

  /** The entry {@link #describe()} wrote, or {@code null} when the text is not one. */
  public static StorageClassFact parse(String text) {
    int colon = text == null ? -1 : text.indexOf(": ");
    if (colon <= 0) {
      return null;
    }
    String[] parts = text.substring(colon + 2).split(", ", -1);
    boolean isDefault = parts.length == 4 && DEFAULT.equals(parts[2]);
    if (parts.length != 3 && !isDefault) {
      return null;
    }
    String modes = parts[parts.length - 1];
    return new StorageClassFact(text.substring(0, colon), parts[0], parts[1], isDefault,
        UNKNOWN_MODES.equals(modes) ? null : List.of(modes.isEmpty() ? new String[0] : modes.split(" ")));
  }

  /**
   * Whether the class offers the access mode with the volume mode ({@code null}: with any volume mode): known
   * true or false from its StorageProfile, {@code null} when the profile is unknown.
   */
  public Boolean offers(String accessMode, String volumeMode) {
    if (modes == null) {
      return null;
    }
    return modes.stream().anyMatch(m -> volumeMode == null ? m.startsWith(accessMode + "/")
        : m.equals(accessMode + "/" + volumeMode));
  }
}
