package io.kubelift.inventory;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/** Seeded random native inventories: any fact may be missing, values drawn from the schema's vocabulary. */
public final class RandomInventories {
  private static final String[] FORMATS = {"qcow2", "raw", "vmdk", "vdi", "vhd", "vhdx", "iso"};
  private static final String[] PATTERNS = {"none", "active-standby-shared-disk", "active-standby-shared-nothing",
    "active-active"};
  private static final String[] DEVICES = {"pci", "gpu", "usb", "dongle", "serial", "watchdog", "filesystem",
    "launch-security"};
  private static final String[] BINDINGS = {"bridge", "network", "macvtap", "hostdev", "vhost-user"};
  private static final String[] OS = {"ubuntu:22.04", "rhel:5.11", "centos:7.9", "windows-server:2003",
    "windows-server:2019", "debian:12"};

  private final Random rnd;

  public RandomInventories(long seed) {
    this.rnd = new Random(seed);
  }

  /** A document in the native format with {@code n} uniquely named VMs and a few applications. */
  public Map<String, Object> inventory(int n) {
    Map<String, Object> doc = new LinkedHashMap<>();
    doc.put("kubelift", "inventory/v1");
    List<Object> vms = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      vms.add(vm("vm-" + i + "-" + rnd.nextInt(1000)));
    }
    doc.put("vms", vms);
    List<Object> apps = new ArrayList<>();
    int appCount = rnd.nextInt(4);
    for (int a = 0; a < appCount && !vms.isEmpty(); a++) {
      Map<String, Object> app = new LinkedHashMap<>();
      app.put("name", "app-" + a);
      maybe(app, "pattern", PATTERNS[rnd.nextInt(PATTERNS.length)]);
      List<Object> members = new ArrayList<>();
      for (Object v : vms) {
        if (rnd.nextInt(appCount + 1) == a && members.size() < 4) {
          members.add(Map.of("name", ((Map<?, ?>) v).get("name"), "role", "r" + rnd.nextInt(3)));
        }
      }
      app.put("vms", members);
      maybe(app, "vip", rnd.nextBoolean() ? "none" : "10.0.0.100");
      maybe(app, "fencing", Map.of("required", rnd.nextBoolean()));
      apps.add(app);
    }
    doc.put("applications", apps);
    return doc;
  }

  private Map<String, Object> vm(String name) {
    Map<String, Object> vm = new LinkedHashMap<>();
    vm.put("name", name);
    String[] os = OS[rnd.nextInt(OS.length)].split(":");
    maybe(vm, "os", Map.of("family", os[0].startsWith("windows") ? "windows" : "linux", "distribution", os[0],
        "version", os[1]));
    maybe(vm, "firmware", Map.of("type", rnd.nextBoolean() ? "bios" : "uefi", "secureBoot", rnd.nextBoolean()));
    maybe(vm, "cpus", 1 + rnd.nextInt(16));
    maybe(vm, "disks", list(3, () -> disk()));
    maybe(vm, "nics", list(3, () -> nic()));
    maybe(vm, "devices", list(2, () -> Map.of("type", DEVICES[rnd.nextInt(DEVICES.length)])));
    maybe(vm, "snapshots", rnd.nextInt(3));
    maybe(vm, "virtioDrivers", rnd.nextBoolean());
    maybe(vm, "guestAgent", rnd.nextBoolean());
    Map<String, Object> wl = new LinkedHashMap<>();
    maybe(wl, "stateful", rnd.nextBoolean());
    maybe(wl, "replicas", 1 + rnd.nextInt(3));
    maybe(wl, "backup", rnd.nextBoolean() ? "none" : "volume");
    maybe(wl, "hardcodedHostnames", rnd.nextBoolean() ? List.of() : List.of("db01"));
    maybe(vm, "workload", wl);
    return vm;
  }

  private Map<String, Object> disk() {
    Map<String, Object> d = new LinkedHashMap<>();
    d.put("name", "d" + rnd.nextInt(100));
    maybe(d, "format", FORMATS[rnd.nextInt(FORMATS.length)]);
    maybe(d, "capacityGiB", rnd.nextInt(3000));
    maybe(d, "shared", rnd.nextInt(5) == 0);
    maybe(d, "rawLun", rnd.nextInt(6) == 0);
    return d;
  }

  private Map<String, Object> nic() {
    Map<String, Object> n = new LinkedHashMap<>();
    maybe(n, "network", "net" + rnd.nextInt(3));
    maybe(n, "staticIp", rnd.nextBoolean());
    maybe(n, "sriov", rnd.nextInt(5) == 0);
    maybe(n, "model", rnd.nextBoolean() ? "virtio" : "vmxnet3");
    maybe(n, "binding", BINDINGS[rnd.nextInt(BINDINGS.length)]);
    return n;
  }

  private List<Object> list(int max, java.util.function.Supplier<Object> item) {
    List<Object> out = new ArrayList<>();
    int n = rnd.nextInt(max + 1);
    for (int i = 0; i < n; i++) {
      out.add(item.get());
    }
    return out;
  }

  private void maybe(Map<String, Object> m, String key, Object value) {
    if (rnd.nextInt(4) != 0) {
      m.put(key, value);
    }
  }

  /** The same document with its VMs and applications in another order. */
  @SuppressWarnings("unchecked")
  public Map<String, Object> shuffled(Map<String, Object> doc) {
    Map<String, Object> out = new LinkedHashMap<>(doc);
    List<Object> vms = new ArrayList<>((List<Object>) doc.get("vms"));
    java.util.Collections.shuffle(vms, rnd);
    out.put("vms", vms);
    List<Object> apps = new ArrayList<>((List<Object>) doc.get("applications"));
    java.util.Collections.shuffle(apps, rnd);
    out.put("applications", apps);
    return out;
  }
}
