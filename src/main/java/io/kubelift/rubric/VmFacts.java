package io.kubelift.rubric;

import static io.kubelift.rubric.FactCatalogue.count;
import static io.kubelift.rubric.FactCatalogue.countWhere;
import static io.kubelift.rubric.FactCatalogue.distinct;
import static io.kubelift.rubric.FactCatalogue.on;
import static io.kubelift.rubric.FactType.BOOLEAN;
import static io.kubelift.rubric.FactType.LIST;
import static io.kubelift.rubric.FactType.NUMBER;
import static io.kubelift.rubric.FactType.STRING;
import static io.kubelift.rubric.FactType.VERSION;

import io.kubelift.model.Device;
import io.kubelift.model.Disk;
import io.kubelift.model.HostNeeds;
import io.kubelift.model.Kernel;
import io.kubelift.model.Nic;
import io.kubelift.model.Vm;
import io.kubelift.model.Workload;
import java.util.function.Function;

/** The {@code vm.*} facts. */
final class VmFacts {
  private VmFacts() {}

  static void register(FactCatalogue c) {
    c.add("vm.name", STRING, "the VM's name", vm(Vm::name));
    c.add("vm.role", STRING, "its role in its application", vm(Vm::role));
    c.add("vm.application", STRING, "the application it belongs to", vm(Vm::application));
    c.add("vm.powerState", STRING, "on, off or suspended", vm(Vm::powerState), "on", "off", "suspended");
    c.add("vm.cpus", NUMBER, "virtual CPUs", vm(Vm::cpus));
    c.add("vm.memoryMiB", NUMBER, "memory in MiB", vm(Vm::memoryMiB));
    c.add("vm.os.family", STRING, "guest OS family", vm(v -> v.os() == null ? null : v.os().family()),
        "linux", "windows", "other");
    c.add("vm.os.distribution", STRING, "guest OS distribution", vm(v -> v.os() == null ? null : v.os().distribution()));
    c.add("vm.os.version", VERSION, "guest OS version", vm(v -> v.os() == null ? null : v.os().version()));
    c.add("vm.os.arch", STRING, "guest architecture", vm(v -> v.os() == null ? null : v.os().arch()));
    c.add("vm.firmware", STRING, "boot firmware", vm(v -> v.firmware() == null ? null : v.firmware().type()),
        "bios", "uefi");
    c.add("vm.secureBoot", BOOLEAN, "UEFI secure boot enabled",
        vm(v -> v.firmware() == null ? null : v.firmware().secureBoot()));
    c.add("vm.tpm", BOOLEAN, "a virtual TPM attached", vm(v -> v.firmware() == null ? null : v.firmware().tpm()));
    c.add("vm.disks.count", NUMBER, "number of disks and CD-ROMs", vm(v -> count(v.disks())));
    c.add("vm.disks.totalGiB", NUMBER, "sum of disk capacities, GiB; CD-ROM images are not counted",
        vm(Vm::diskGiB));
    c.add("vm.disks.formats", LIST, "distinct disk formats", vm(v -> distinct(v.disks(), Disk::format)));
    c.add("vm.disks.shared.count", NUMBER, "disks shared with other VMs",
        vm(v -> countWhere(v.disks(), Disk::shared)));
    c.add("vm.nics.count", NUMBER, "number of NICs", vm(v -> count(v.nics())));
    c.add("vm.networks", LIST, "distinct networks its NICs attach to", vm(v -> distinct(v.nics(), Nic::network)));
    c.add("vm.networks.count", NUMBER, "number of distinct networks",
        vm(v -> count(distinct(v.nics(), Nic::network))));
    c.add("vm.devices.count", NUMBER, "host-bound devices", vm(v -> count(v.devices())));
    c.add("vm.devices.types", LIST, "types of host-bound devices", vm(v -> distinct(v.devices(), Device::type)));
    kernel(c);
    c.add("vm.guestAgent", BOOLEAN, "guest agent or VMware Tools running", vm(Vm::guestAgent));
    c.add("vm.virtioDrivers", BOOLEAN, "guest has virtio drivers", vm(Vm::virtioDrivers));
    c.add("vm.snapshots", NUMBER, "snapshots present", vm(Vm::snapshots));
    c.add("vm.platform.ha", BOOLEAN, "source platform restarts it on host failure (vSphere/oVirt HA)",
        vm(v -> v.platform() == null ? null : v.platform().get("ha")));
    c.add("vm.platform.faultTolerance", BOOLEAN, "vSphere Fault Tolerance enabled",
        vm(v -> v.platform() == null ? null : v.platform().get("faultTolerance")));
    workload(c);
  }

  private static void kernel(FactCatalogue c) {
    c.add("vm.kernel.custom", BOOLEAN, "a self-built or patched kernel", kern(Kernel::custom));
    c.add("vm.kernel.version", VERSION, "running kernel version", kern(Kernel::version));
    c.add("vm.kernel.cmdline", STRING, "kernel command line", kern(Kernel::cmdline));
    c.add("vm.kernel.sysctl.count", NUMBER, "sysctl overrides", kern(k -> count(k.sysctl() == null ? null
        : k.sysctl().keySet())));
    c.add("vm.kernel.modules.count", NUMBER, "out-of-tree or extra kernel modules", kern(k -> count(k.modules())));
    c.add("vm.kernel.directBoot", BOOLEAN, "boots a kernel and initrd kept on the host (direct kernel boot)",
        kern(Kernel::directBoot));
    c.add("vm.host.hugepages", BOOLEAN, "needs hugepages from the host", host(HostNeeds::hugepages));
    c.add("vm.host.dedicatedCpus", BOOLEAN, "needs pinned or isolated host CPUs", host(HostNeeds::dedicatedCpus));
    c.add("vm.host.numaPinning", BOOLEAN, "needs host NUMA pinning", host(HostNeeds::numaPinning));
    c.add("vm.host.realtime", BOOLEAN, "needs a realtime host", host(HostNeeds::realtime));
    c.add("vm.host.nestedVirtualization", BOOLEAN, "offers VT-x/AMD-V to the guest (nested virtualisation)",
        host(HostNeeds::nestedVirtualization));
  }

  private static void workload(FactCatalogue c) {
    c.add("vm.workload.stateful", BOOLEAN, "holds data that must survive re-creation", wl(Workload::stateful));
    c.add("vm.workload.dataLocation", STRING, "where its data lives", wl(Workload::dataLocation),
        "local-file-db", "local-db", "local-disk", "external-db", "none");
    c.add("vm.workload.hardcodedHostnames.count", NUMBER, "host names its configuration hard-codes",
        wl(w -> count(w.hardcodedHostnames())));
    c.add("vm.workload.hardcodedIps.count", NUMBER, "IP addresses its configuration hard-codes",
        wl(w -> count(w.hardcodedIps())));
    c.add("vm.workload.healthCheck", BOOLEAN, "a health check exists",
        wl(w -> w.healthCheck() == null ? null : w.healthCheck().available() != null
            ? w.healthCheck().available() : (Object) (w.healthCheck().type() != null ? Boolean.TRUE : null)));
    c.add("vm.workload.backup", STRING, "how its data is backed up", wl(Workload::backup),
        "none", "volume", "file", "agent");
    c.add("vm.workload.autoRecreate", STRING, "whether the platform may re-create it", wl(Workload::autoRecreate),
        "wanted", "forbidden");
    c.add("vm.workload.replicas", NUMBER, "identical copies wanted", wl(Workload::replicas));
  }

  private static Function<Object, Object> vm(Function<Vm, Object> f) {
    return on(Vm.class, f);
  }

  private static Function<Object, Object> kern(Function<Kernel, Object> f) {
    return vm(v -> v.kernel() == null ? null : f.apply(v.kernel()));
  }

  private static Function<Object, Object> host(Function<HostNeeds, Object> f) {
    return kern(k -> k.host() == null ? null : f.apply(k.host()));
  }

  private static Function<Object, Object> wl(Function<Workload, Object> f) {
    return vm(v -> v.workload() == null ? null : f.apply(v.workload()));
  }
}
