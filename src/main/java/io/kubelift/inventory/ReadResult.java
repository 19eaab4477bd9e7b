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
 * @param records VM records seen, accepted or not
 * @param rejected records not accepted, with location and reason
 */
public record ReadResult(List<Vm> vms, List<Application> applications, int records, List<Rejected> rejected) {
  public ReadResult {
    vms = List.copyOf(vms);
    applications = List.copyOf(applications);
    rejected = List.copyOf(rejected);
  }
}
