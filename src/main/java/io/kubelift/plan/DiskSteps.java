package io.kubelift.plan;

import io.kubelift.assess.ImportEstimate;
import io.kubelift.model.Disk;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** The runbook's disk steps: conversion, upload, import or image build and push, with time estimates. */
final class DiskSteps {
  private final Draft d;
  private final RunbookSteps steps;

  DiskSteps(Draft d, RunbookSteps steps) {
    this.d = d;
    this.steps = steps;
  }

  void render() {
    if (d.manifests.containsKey(DataVolumeEnricher.FILE)) {
      String how = d.options.source() == PlanOptions.DiskSource.UPLOAD
          ? "they wait for their uploads" : "CDI starts importing at once";
      steps.apply("Create the DataVolumes (" + how + ")", DataVolumeEnricher.FILE,
          steps.kubectl("get datavolumes"));
    }
    Set<String> done = new HashSet<>();
    for (VmTarget vm : d.vms) {
      for (DiskTarget t : vm.disks()) {
        if (done.add(t.name())) {
          disk(vm, t);
        }
      }
    }
  }

  private void disk(VmTarget vm, DiskTarget t) {
    Disk src = t.disk();
    String time = src.capacityGiB() == null ? "time unknown (capacity unknown)"
        : "about " + ImportEstimate.duration(src.capacityGiB(), d.options.bandwidthMbps()) + " at "
            + RunbookSteps.number(d.options.bandwidthMbps()) + " Mbit/s";
    String title = String.format("Disk `%s` of `%s` (%s GiB, %s): %s", t.name(), vm.name(),
        src.capacityGiB() == null ? "unknown" : RunbookSteps.number(src.capacityGiB()), Markdown.text(src.format()),
        time);
    List<String> cmds = new ArrayList<>();
    boolean image = t.image() != null;
    String target = image ? ContainerDiskEnricher.DIR + "/" + t.file() : t.file();
    String input = src.path() == null ? "SOURCE-PATH-OF-" + t.name() : Shell.quote(src.path());
    if (src.path() == null) {
      steps.text("\nThe inventory gives no path for this disk: replace `" + input + "` below.\n");
    }
    if (t.convert()) {
      cmds.add("qemu-img convert -p " + (src.format() == null ? "" : "-f " + Shell.quote(src.format()) + " ")
          + "-O qcow2 " + input + " " + target);
    } else if (image || d.options.source() == PlanOptions.DiskSource.HTTP) {
      cmds.add("cp " + input + " " + target);
    }
    String source = t.convert() || image ? target : input;
    steps.step(title, commandsFor(t, cmds, source), check(t));
  }

  private List<String> commandsFor(DiskTarget t, List<String> cmds, String source) {
    if (t.image() != null) {
      cmds.add("podman build -f " + ContainerDiskEnricher.path(t) + " -t " + t.image() + " "
          + ContainerDiskEnricher.DIR);
      cmds.add("podman push " + t.image());
    } else if (d.options.source() == PlanOptions.DiskSource.UPLOAD) {
      String size = t.sizeGi() == null ? "SIZE" : t.sizeGi() + "Gi";
      cmds.add(steps.virtctl("image-upload dv " + t.name() + " --size=" + size + " --image-path=" + source
          + (t.sizeGi() == null ? "" : " --no-create")));
    } else if (d.options.source() == PlanOptions.DiskSource.HTTP) {
      cmds.add("# publish " + source + " at " + d.options.httpBase() + "/" + t.file());
    }
    if (t.sizeGi() == null && t.kind() == DiskTarget.Kind.DATA_VOLUME) {
      cmds.add(0, "qemu-img info " + source + "   # SIZE: virtual size plus "
          + Math.round(DiskPlanner.FS_OVERHEAD * 1000) / 10.0 + " %, rounded up to GiB");
    }
    return cmds;
  }

  private String check(DiskTarget t) {
    if (t.kind() == DiskTarget.Kind.CONTAINER_DISK) {
      return "`skopeo inspect docker://" + t.image() + "` shows the pushed image; the cluster's nodes must be "
          + "able to pull it.";
    }
    return "`" + steps.kubectl("get datavolume " + t.name()) + "` shows phase `Succeeded`.";
  }
}
