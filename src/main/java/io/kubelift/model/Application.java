package io.kubelift.model;

import java.util.List;
import java.util.Objects;

/**
 * A set of VMs that move together, and what only the application as a whole knows.
 *
 * @param name the application's name
 * @param source where it was declared
 * @param pattern {@code none}, {@code active-standby-shared-disk}, {@code active-standby-shared-nothing} or
 *     {@code active-active}
 * @param vms its members with their roles
 * @param exposure ports it offers, to users outside or to other applications
 * @param dependencies which role talks to which
 * @param clusterSoftware {@code pacemaker}, {@code windows-failover-cluster}, {@code none}, …
 * @param fencing what the HA design needs to fence a failed member
 * @param segments the network segments it spans
 * @param vip the floating virtual IP clients use, if any
 */
public record Application(
    String name,
    SourceRef source,
    String pattern,
    List<Member> vms,
    List<Exposure> exposure,
    List<Dependency> dependencies,
    String clusterSoftware,
    Fencing fencing,
    List<Segment> segments,
    String vip) {
  public Application {
    Objects.requireNonNull(name, "name");
    vms = vms == null ? List.of() : List.copyOf(vms);
    exposure = exposure == null ? null : List.copyOf(exposure);
    dependencies = dependencies == null ? null : List.copyOf(dependencies);
    segments = segments == null ? null : List.copyOf(segments);
  }

  /** This application with its source location set. */
  public Application withSource(SourceRef ref) {
    return new Application(name, ref, pattern, vms, exposure, dependencies, clusterSoftware, fencing, segments, vip);
  }

  /**
   * A member VM.
   *
   * @param name the VM's name
   * @param role its role: {@code frontend}, {@code app}, {@code backend}, {@code primary}, {@code standby}, …
   */
  public record Member(String name, String role) {}

  /**
   * A port the application offers.
   *
   * @param role the role (or VM name) serving it
   * @param port the port number
   * @param protocol {@code TCP} or {@code UDP}
   * @param external whether users outside the cluster reach it
   */
  public record Exposure(String role, Integer port, String protocol, Boolean external) {}

  /**
   * One tier calling another.
   *
   * @param from the calling role
   * @param to the called role
   * @param hostname the host name the caller's configuration uses for it
   * @param port the port it calls
   */
  public record Dependency(String from, String to, String hostname, Integer port) {}

  /**
   * Fencing needs of an HA design.
   *
   * @param required whether a failed member must be fenced before another takes over
   * @param mechanism e.g. {@code stonith-ipmi}, {@code sbd}, {@code scsi-reservation}
   */
  public record Fencing(Boolean required, String mechanism) {}

  /**
   * A network segment.
   *
   * @param name the segment's network name (as on the VMs' NICs)
   * @param purpose {@code service}, {@code data}, {@code interconnect}, {@code management}, {@code backup}
   * @param cidr its address range, where known
   */
  public record Segment(String name, String purpose, String cidr) {}
}
