package io.kubelift.inventory.rvtools;

/**
 * The RVTools columns KubeLift reads, each with the names it has had across RVTools versions (older exports say
 * {@code MB} where newer say {@code MiB}; both mean 2^20 bytes). Matching ignores case, blanks and punctuation.
 */
enum Col {
  VM("VM", "VM Name", "Name"),
  VM_ID("VM ID", "VMRef", "MoRef"),
  VM_UUID("VM UUID", "Instance UUID"),
  SMBIOS_UUID("SMBIOS UUID", "VM SMBIOS UUID", "BIOS UUID"),
  SDK_SERVER("VI SDK Server", "VI SDK UUID"),
  POWERSTATE("Powerstate", "Power State", "Power"),
  TEMPLATE("Template"),
  SRM_PLACEHOLDER("SRM Placeholder"),
  DNS_NAME("DNS Name", "Guest Hostname"),
  CPUS("CPUs", "Num CPU", "vCPUs"),
  MEMORY("Memory", "Memory MiB", "Memory MB", "Memory Size MiB"),
  NICS("NICs", "# NICs"),
  DISKS("Disks", "# Disks"),
  TOTAL_DISK("Total disk capacity MiB", "Total disk capacity MB"),
  PROVISIONED("Provisioned MiB", "Provisioned MB"),
  IN_USE("In Use MiB", "In Use MB"),
  PRIMARY_IP("Primary IP Address", "IP Address"),
  LATENCY("Latency Sensitivity"),
  CBT("CBT"),
  FOLDER("Folder"),
  RESOURCE_POOL("Resource pool"),
  VAPP("vApp"),
  DAS_PROTECTION("DAS protection"),
  FT_STATE("FT State"),
  FT_ROLE("FT Role"),
  HA_RESTART_PRIORITY("HA Restart Priority"),
  HA_ISOLATION_RESPONSE("HA Isolation Response"),
  HA_VM_MONITORING("HA VM Monitoring"),
  SECURE_BOOT("EFI Secure boot", "Secure Boot"),
  FIRMWARE("Firmware"),
  VTPM("vTPM", "TPM"),
  HW_VERSION("HW version", "Hardware version"),
  ANNOTATION("Annotation", "Notes"),
  DATACENTER("Datacenter"),
  CLUSTER("Cluster"),
  HOST("Host"),
  OS_CONFIG("OS according to the configuration file", "OS"),
  OS_TOOLS("OS according to the VMware Tools", "Guest OS"),
  GUEST_DETAILS("Guest Detailed Data"),
  // vDisk
  DISK("Disk", "Disk label", "Label"),
  CAPACITY("Capacity MiB", "Capacity MB", "Capacity"),
  RAW("Raw", "RDM"),
  DISK_MODE("Disk Mode"),
  SHARING_MODE("Sharing mode", "Sharing"),
  THIN("Thin"),
  CONTROLLER("Controller"),
  SHARED_BUS("Shared Bus", "SharedBus"),
  DISK_PATH("Path"),
  RAW_LUN_ID("Raw LUN ID"),
  RAW_MODE("Raw Comp. Mode", "Raw Com. Mode", "Raw Compatibility Mode", "Compatibility Mode"),
  // vNetwork
  NIC_LABEL("NIC label", "Network adapter"),
  ADAPTER("Adapter", "Adapter Type"),
  NETWORK("Network", "Port Group"),
  CONNECTED("Connected"),
  STARTS_CONNECTED("Starts Connected"),
  MAC("Mac Address", "MAC"),
  IPV4("IPv4 Address", "IP Address"),
  IPV6("IPv6 Address"),
  DIRECT_PATH_IO("Direct Path IO", "DirectPath IO"),
  // vCD, vUSB
  DEVICE_NODE("Device Node", "Device", "CD label"),
  DEVICE_TYPE("Device Type", "CD Path", "Backing path"),
  FAMILY("Family"),
  // vTools
  TOOLS("Tools", "Tools Status"),
  TOOLS_VERSION("Tools Version"),
  // vPartition (capacity as in vDisk)
  FREE("Free MiB", "Free MB");

  private final String[] aliases;

  Col(String... aliases) {
    this.aliases = aliases;
  }

  /** The names this column has had, the current one first. */
  String[] aliases() {
    return aliases;
  }

  /** The current name, for messages. */
  String label() {
    return aliases[0];
  }
}
