package io.kubelift.synthetic;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;

/**
 * A vCenter estate of any size as RVTools exports it (vInfo, vDisk and vNetwork tabs, as CSV files or one
 * {@code .xlsx}) plus a CSV application map, the same for the same seed. About half the VMs stand alone; the rest
 * form 3-tier applications (web, app, database) and HA pairs (active-standby on a shared disk, or active-active).
 * Per VM: 1–12 disks (mostly 1–3), 1–6 NICs (mostly one), a mix of guests old and new, BIOS or UEFI, now and then
 * an RDM, an SR-IOV adapter, a template (rejected by the reader) and a vDisk row of a VM that is not there
 * (rejected too), so that every path of the reader is exercised at scale.
 */
public final class SyntheticEstate {
  /** The file names, as RVTools names its CSV tabs. */
  public static final String INFO = "RVTools_tabvInfo.csv";
  public static final String DISK = "RVTools_tabvDisk.csv";
  public static final String NETWORK = "RVTools_tabvNetwork.csv";
  public static final String APPS = "apps.csv";

  static final List<String> INFO_COLUMNS = List.of("VM", "Powerstate", "Template", "SRM Placeholder", "DNS Name",
      "CPUs", "Memory", "NICs", "Disks", "Primary IP Address", "Latency Sensitivity", "Folder", "DAS protection",
      "FT State", "HA Restart Priority", "EFI Secure boot", "Firmware", "HW version", "Annotation", "Datacenter",
      "Cluster", "Host", "OS according to the configuration file", "OS according to the VMware Tools", "VM ID",
      "VM UUID", "VI SDK Server");
  static final List<String> DISK_COLUMNS = List.of("VM", "Powerstate", "Template", "Disk", "Capacity MiB", "Raw",
      "Disk Mode", "Sharing mode", "Thin", "Controller", "Shared Bus", "Path", "Raw LUN ID", "Raw Comp. Mode",
      "VM ID", "VM UUID", "VI SDK Server");
  static final List<String> NETWORK_COLUMNS = List.of("VM", "Powerstate", "Template", "NIC label", "Adapter",
      "Network", "Switch", "Connected", "Mac Address", "IPv4 Address", "Direct Path IO", "VM ID", "VM UUID",
      "VI SDK Server");
  private static final String[] OSES = {"Red Hat Enterprise Linux 8 (64-bit)", "Red Hat Enterprise Linux 9 (64-bit)",
    "Red Hat Enterprise Linux 7 (64-bit)", "Microsoft Windows Server 2019 (64-bit)",
    "Microsoft Windows Server 2022 (64-bit)", "Microsoft Windows Server 2016 (64-bit)",
    "Microsoft Windows Server 2012 R2 (64-bit)", "Microsoft Windows Server 2008 R2 (64-bit)", "CentOS 7 (64-bit)",
    "Ubuntu Linux (64-bit)", "SUSE Linux Enterprise 15 (64-bit)", "Debian GNU/Linux 11 (64-bit)",
    "Other 3.x Linux (64-bit)"};
  private static final String[] ADAPTERS = {"Vmxnet3", "Vmxnet3", "Vmxnet3", "Vmxnet3", "Vmxnet3", "Vmxnet3",
    "E1000E", "E1000E", "E1000"};
  private static final String[] CONTROLLERS = {"VMware paravirtual SCSI", "VMware paravirtual SCSI",
    "LSI Logic SAS", "SATA controller 0", "NVME controller 0"};
  private static final String SERVER = "vc01.example.invalid";

  private final Random rnd;
  private final int size;
  private final Tabs out;
  private int made;
  private int app;

  private SyntheticEstate(int size, long seed, Tabs out) {
    this.rnd = new Random(seed);
    this.size = size;
    this.out = out;
  }

  /** Where the rows go: one sink per tab, and the application map. */
  interface Tabs {
    void info(List<String> row) throws IOException;

    void disk(List<String> row) throws IOException;

    void network(List<String> row) throws IOException;

    void member(String application, String vm, String role, String pattern) throws IOException;
  }

  /**
   * Writes the CSV export ({@code dir/rvtools/RVTools_tab*.csv}) and the application map ({@code dir/apps.csv}).
   *
   * @return the directory of the CSV tabs
   */
  public static Path writeCsv(Path dir, int vms, long seed) throws IOException {
    Path tabs = dir.resolve("rvtools");
    Files.createDirectories(tabs);
    try (CsvTabs csv = new CsvTabs(tabs, dir.resolve(APPS))) {
      new SyntheticEstate(vms, seed, csv).generate();
    }
    return tabs;
  }

  /** Writes the same estate as one RVTools workbook, {@code file}, streamed; the application map is not written. */
  public static void writeXlsx(Path file, int vms, long seed) throws IOException {
    try (XlsxTabs x = new XlsxTabs(file)) {
      new SyntheticEstate(vms, seed, x).generate();
    }
  }

  private void generate() throws IOException {
    while (made < size) {
      int left = size - made;
      int kind = rnd.nextInt(100);
      if (kind < 50 || left < 5) {
        vm(null, null, null, List.of());
      } else if (kind < 80) {
        threeTier();
      } else {
        haPair();
      }
    }
    // A vDisk row of a VM that is not in vInfo (deleted between the tabs' reads): rejected with its line.
    out.disk(diskRow("ghost-vm", "vm-0", uuid(), "Hard disk 1", "10240", false, "sharingNone", "[ds0] ghost/g.vmdk"));
  }

  private void threeTier() throws IOException {
    String name = String.format(Locale.ROOT, "app%05d", ++app);
    String[] roles = {"frontend", "frontend", "app", "backend"};
    for (int i = 0; i < roles.length; i++) {
      vm(name, roles[i], i == 0 ? "none" : null, List.of());
    }
  }

  private void haPair() throws IOException {
    String name = String.format(Locale.ROOT, "ha%05d", ++app);
    boolean sharedDisk = rnd.nextBoolean();
    String pattern = sharedDisk ? "active-standby-shared-disk" : "active-active";
    List<String> shared = sharedDisk ? List.of("[ds-shared] " + name + "/quorum.vmdk") : List.of();
    vm(name, "backend", pattern, shared);
    vm(name, "backend", null, shared);
  }

  private void vm(String application, String role, String pattern, List<String> sharedPaths) throws IOException {
    int n = ++made;
    String name = application == null ? String.format(Locale.ROOT, "vm%06d", n)
        : String.format(Locale.ROOT, "%s-%s%d", application, role, n);
    String id = "vm-" + (1000 + n);
    String uuid = uuid();
    boolean template = rnd.nextInt(500) == 0;
    List<List<String>> disks = disks(name, id, uuid, sharedPaths);
    List<List<String>> nics = nics(name, id, uuid);
    out.info(infoRow(name, id, uuid, template, disks.size(), nics.size()));
    for (List<String> d : disks) {
      out.disk(d);
    }
    for (List<String> nic : nics) {
      out.network(nic);
    }
    if (application != null && !template) {
      out.member(application, name, role, pattern);
    }
  }

  private List<String> infoRow(String name, String id, String uuid, boolean template, int disks, int nics) {
    String os = OSES[rnd.nextInt(OSES.length)];
    boolean uefi = rnd.nextInt(100) < 35;
    int host = rnd.nextInt(64);
    return List.of(name, rnd.nextInt(10) == 0 ? "poweredOff" : "poweredOn", template ? "True" : "False", "False",
        name + ".example.invalid", String.valueOf(1 << rnd.nextInt(5)), String.valueOf(1024 << rnd.nextInt(7)),
        String.valueOf(nics), String.valueOf(disks), "10." + (n8()) + "." + n8() + "." + n8(),
        rnd.nextInt(200) == 0 ? "high" : "normal", "/DC1/vm/Folder" + rnd.nextInt(40),
        rnd.nextInt(20) == 0 ? "False" : "True", rnd.nextInt(300) == 0 ? "running" : "notConfigured", "medium",
        uefi && rnd.nextBoolean() ? "True" : "False", uefi ? "efi" : "bios", "vmx-" + (13 + rnd.nextInt(8)),
        "synthetic VM " + name, "DC1", "CL" + (host / 16), "esx" + host + ".example.invalid", os, os, id, uuid,
        SERVER);
  }

  private List<List<String>> disks(String vm, String id, String uuid, List<String> sharedPaths) {
    int n = Math.min(12, 1 + geometric(0.45));
    List<List<String>> rows = new ArrayList<>();
    for (int d = 1; d <= n; d++) {
      boolean rdm = rnd.nextInt(60) == 0;
      rows.add(diskRow(vm, id, uuid, "Hard disk " + d, String.valueOf(1024 * gib()), rdm,
          "sharingNone", "[ds" + rnd.nextInt(50) + "] " + vm + "/" + vm + "_" + d + ".vmdk"));
    }
    for (String path : sharedPaths) {
      rows.add(diskRow(vm, id, uuid, "Hard disk " + (++n), "5120", false, "sharingMultiWriter", path));
    }
    return rows;
  }

  private List<String> diskRow(String vm, String id, String uuid, String disk, String mib, boolean rdm,
      String sharing, String path) {
    boolean thin = rnd.nextBoolean();
    return List.of(vm, "poweredOn", "False", disk, mib, rdm ? "True" : "False",
        rnd.nextInt(40) == 0 ? "independent_persistent" : "persistent", sharing, !rdm && thin ? "True" : "False",
        CONTROLLERS[rnd.nextInt(CONTROLLERS.length)], "noSharing", path,
        rdm ? "naa.600" + Long.toHexString(rnd.nextLong() & Long.MAX_VALUE) : "", rdm ? "physicalMode" : "", id,
        uuid, SERVER);
  }

  private List<List<String>> nics(String vm, String id, String uuid) {
    int n = Math.min(6, 1 + geometric(0.3));
    List<List<String>> rows = new ArrayList<>();
    for (int k = 1; k <= n; k++) {
      String adapter = rnd.nextInt(200) == 0 ? "SR-IOV passthrough" : ADAPTERS[rnd.nextInt(ADAPTERS.length)];
      rows.add(List.of(vm, "poweredOn", "False", "Network adapter " + k, adapter, "VLAN" + (10 + rnd.nextInt(90)),
          "dvs-" + rnd.nextInt(4), "True", String.format(Locale.ROOT, "00:50:56:%02x:%02x:%02x", n8(), n8(), n8()),
          "10." + n8() + "." + n8() + "." + n8(), "False", id, uuid, SERVER));
    }
    return rows;
  }

  /** A disk size: mostly system and data disks of 16–200 GiB, some up to 800 GiB, a few up to 4 TiB. */
  private int gib() {
    int p = rnd.nextInt(100);
    return p < 70 ? 16 + rnd.nextInt(185) : p < 95 ? 200 + rnd.nextInt(600) : 800 + rnd.nextInt(3297);
  }

  /** How many successes before the first failure, each with probability {@code p}: mostly 0, sometimes many. */
  private int geometric(double p) {
    int k = 0;
    while (k < 11 && rnd.nextDouble() < p) {
      k++;
    }
    return k;
  }

  private int n8() {
    return rnd.nextInt(256);
  }

  private String uuid() {
    return String.format(Locale.ROOT, "%08x-%04x-%04x-%04x-%012x", rnd.nextInt(), rnd.nextInt(0x10000),
        rnd.nextInt(0x10000), rnd.nextInt(0x10000), rnd.nextLong() & 0xffffffffffffL);
  }
}
