package io.kubelift.model;

import java.util.List;

/**
 * Everything read from the inputs: the VMs, the applications and an account of every input.
 *
 * @param vms the VMs accepted for assessment
 * @param applications the applications, members resolved against {@code vms}
 * @param inputs every input file with its record count and rejections
 */
public record Inventory(List<Vm> vms, List<Application> applications, List<InputFile> inputs) {
  public Inventory {
    vms = List.copyOf(vms);
    applications = List.copyOf(applications);
    inputs = List.copyOf(inputs);
  }
}
