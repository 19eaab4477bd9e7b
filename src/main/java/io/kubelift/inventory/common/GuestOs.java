package io.kubelift.inventory.common;

import io.kubelift.model.Os;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Guest operating systems from the identifiers each platform uses, in the model's terms (family, distribution,
 * version, architecture). What an identifier leaves open stays {@code null}: Proxmox's {@code win10} covers Windows
 * 10, Server 2016 and 2019, so its version is unknown. VMware's identifiers are in {@link VmwareGuestIds}.
 */
public final class GuestOs {
  private static final Pattern LIBOSINFO = Pattern.compile("https?://([^/]+)/(.+)/([^/]+)");
  private static final Map<String, String> WINDOWS = Map.ofEntries(
      Map.entry("nt4", "nt4"), Map.entry("2k", "2000"), Map.entry("2000", "2000"), Map.entry("xp", "xp"),
      Map.entry("2k3", "2003"), Map.entry("2003", "2003"), Map.entry("2k3r2", "2003 r2"),
      Map.entry("vista", "vista"), Map.entry("2k8", "2008"), Map.entry("2008", "2008"),
      Map.entry("2k8r2", "2008 r2"), Map.entry("2008r2", "2008 r2"), Map.entry("7", "7"), Map.entry("8", "8"),
      Map.entry("8.1", "8.1"), Map.entry("2k12", "2012"), Map.entry("2012", "2012"),
      Map.entry("2k12r2", "2012 r2"), Map.entry("2012r2", "2012 r2"), Map.entry("10", "10"),
      Map.entry("2k16", "2016"), Map.entry("2016", "2016"), Map.entry("2k19", "2019"), Map.entry("2019", "2019"),
      Map.entry("11", "11"), Map.entry("2k22", "2022"), Map.entry("2022", "2022"), Map.entry("2k25", "2025"),
      Map.entry("2025", "2025"));
  /**
   * Identifiers of the same distribution as the other readers name it: libosinfo's {@code centos-stream} is what
   * Ansible and VMware Tools call CentOS (of a Stream version), and its {@code almalinux} their {@code alma}.
   */
  private static final Map<String, String> DISTROS = Map.of("ol", "oracle", "oraclelinux", "oracle",
      "rockylinux", "rocky", "almalinux", "alma", "centos-stream", "centos");

  private GuestOs() {}

  /** Windows of a version as this class writes it ({@code 2008 r2}, {@code xp}, {@code 10}). */
  public static Os windows(String version, String arch) {
    boolean server = version != null && (version.startsWith("20") || version.equals("nt4"));
    return new Os("windows", version == null ? null : server ? "windows-server" : "windows", version, arch);
  }

  /** A Windows version from a short spelling ({@code 2k8r2}, {@code 2008R2}, {@code xp}), or {@code null}. */
  public static String windowsVersion(String token) {
    return token == null ? null : WINDOWS.get(token.toLowerCase(Locale.ROOT).replace("_", ""));
  }

  /** A Linux distribution; a {@code null} distribution means only the family is known. */
  public static Os linux(String distribution, String version, String arch) {
    String d = distribution == null ? null : distribution.toLowerCase(Locale.ROOT);
    return new Os("linux", d == null ? null : DISTROS.getOrDefault(d, d), version, arch);
  }

  /** From a libosinfo identifier, as virt-install writes into a domain's metadata. */
  public static Os libosinfo(String id, String arch) {
    Matcher m = id == null ? null : LIBOSINFO.matcher(id.trim());
    if (m == null || !m.matches()) {
      return arch == null ? null : new Os(null, null, null, arch);
    }
    String path = m.group(2);
    String distro = path.substring(path.lastIndexOf('/') + 1);
    String version = m.group(3).matches("unknown|testing|rolling|unstable|sid") ? null : m.group(3);
    if (m.group(1).contains("microsoft")) {
      return windows(windowsVersion(version), arch);
    }
    if (distro.matches("freebsd|openbsd|netbsd|dragonfly|solaris|opensolaris|haiku|macos|msdos|netware")) {
      return new Os("other", distro, version, arch);
    }
    return linux("linux".equals(distro) ? null : distro, version, arch);
  }

  /** From an oVirt/RHV operating-system type such as {@code rhel_7x64} or {@code windows_2008R2x64}. */
  public static Os ovirt(String type) {
    if (type == null) {
      return null;
    }
    String t = type.trim().toLowerCase(Locale.ROOT);
    String arch = t.endsWith("x64") ? "x86_64" : t.endsWith("_ppc64") ? "ppc64le" : t.endsWith("_s390x")
        ? "s390x" : null;
    t = t.replaceAll("(x64|_ppc64|_s390x)$", "");
    int cut = t.indexOf('_');
    String head = cut < 0 ? t : t.substring(0, cut);
    String rest = cut < 0 || cut == t.length() - 1 ? null : t.substring(cut + 1);
    switch (head) {
      case "windows":
        return windows(windowsVersion(rest), arch);
      case "other":
      case "unassigned":
        return "linux".equals(rest) ? linux(null, null, arch) : arch == null ? null : new Os(null, null, null, arch);
      case "freebsd":
        return new Os("other", "freebsd", null, arch);
      default:
        return linux(head, rest == null ? null : rest.replace('_', '.'), arch);
    }
  }

  /** From a Proxmox VE {@code ostype}; Proxmox runs guests of its host's architecture, given as {@code arch}. */
  public static Os proxmox(String ostype, String arch) {
    String t = ostype == null ? "other" : ostype.trim().toLowerCase(Locale.ROOT);
    switch (t) {
      case "l24": case "l26":
        return linux(null, null, arch);
      case "solaris":
        return new Os("other", "solaris", null, arch);
      case "wxp":
        return windows("xp", arch);
      case "w2k":
        return windows("2000", arch);
      case "w2k3":
        return windows("2003", arch);
      case "w2k8":
        return windows("2008", arch);
      case "wvista":
        return windows("vista", arch);
      case "win7":
        return windows("7", arch);
      case "win8": case "win10": case "win11":
        return windows(null, arch); // each covers a desktop and two or three server releases
      default:
        return new Os(null, null, null, arch);
    }
  }
}
