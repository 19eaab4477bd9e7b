package io.kubelift.inventory;

import io.kubelift.model.Application;
import io.kubelift.model.Rejected;
import io.kubelift.model.Vm;
import java.util.List;

/**
 * What one reader found in one input.
 *
 * @param vms VMs accepted, each with its source location
 * @param applications applications declared in the input
 * @param records VM records (or hosts, for guest facts) seen, accepted or not
 * @param rejected records not accepted, with location and reason
 * @param guestFacts facts seen from inside guests (Ansible): partial VM records that only enrich the VM of the same
 *     name or host name from another input, and are rejected when there is none; their host names are listed under
 *     the attribute {@link #HOSTNAMES}
 * @param derivations rules that place VMs in applications by a pattern over one of their attributes
 */
public record ReadResult(List<Vm> vms, List<Application> applications, int records, List<Rejected> rejected,
    List<Vm> guestFacts, List<Derivation> derivations) {
  /** Attribute of a guest-facts record: the host names it answers to, one a line. */
  public static final String HOSTNAMES = "kubelift.hostnames";

  public ReadResult {
    vms = List.copyOf(vms);
    applications = List.copyOf(applications);
    rejected = List.copyOf(rejected);
    guestFacts = List.copyOf(guestFacts);
    derivations = List.copyOf(derivations);
  }

  /** An input of VMs and applications only. */
  public ReadResult(List<Vm> vms, List<Application> applications, int records, List<Rejected> rejected) {
    this(vms, applications, records, rejected, List.of(), List.of());
  }
}
