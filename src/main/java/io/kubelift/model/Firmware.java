package io.kubelift.model;

/**
 * Boot firmware.
 *
 * @param type {@code bios} or {@code uefi}
 * @param secureBoot whether UEFI secure boot is enabled
 * @param tpm whether a (virtual) TPM is attached
 */
public record Firmware(String type, Boolean secureBoot, Boolean tpm) {}
