package io.kubelift.model;

/**
 * The guest operating system as the inventory states it.
 *
 * @param family {@code linux}, {@code windows} or {@code other}
 * @param distribution e.g. {@code rhel}, {@code ubuntu}, {@code windows-server}
 * @param version e.g. {@code 8.6}, {@code 2019}, {@code xp}
 * @param arch e.g. {@code x86_64}, {@code i686}, {@code aarch64}
 */
public record Os(String family, String distribution, String version, String arch) {}
