package io.kubelift.inventory.text;

import io.kubelift.model.Os;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns the guest OS names that inventories print ({@code "Red Hat Enterprise Linux 8 (64-bit)"}, {@code "Microsoft
 * Windows Server 2008 R2 (64-bit)"}, {@code "CentOS 4/5 (64-bit)"}) into family, distribution, version and
 * architecture. A version is set only when the text names exactly one ({@code "4/5"} and {@code "2016 or later"}
 * leave it unknown), so no rule decides on a guess.
 */
public final class GuestOs {
  private static final Pattern WINDOWS_SERVER = Pattern.compile("\\b(2003 r2|2008 r2|2012 r2|2000|2003|2008|2011|2012"
      + "|2016|2019|2022|2025)\\b");
  private static final Pattern WINDOWS_DESKTOP = Pattern.compile("\\b(nt ?4|xp|vista|2000|7|8\\.1|8|10|11)\\b");
  private static final Pattern NUMBER = Pattern.compile("\\b(\\d+(?:\\.\\d+)*)\\b");
  private static final String[][] LINUX = {
    {"red hat enterprise linux", "rhel"}, {"rhel", "rhel"}, {"centos", "centos"}, {"oracle linux", "oracle"},
    {"suse linux enterprise", "sles"}, {"sles", "sles"}, {"opensuse", "opensuse"}, {"debian", "debian"},
    {"ubuntu", "ubuntu"}, {"fedora", "fedora"}, {"amazon linux", "amazon"}, {"photon", "photon"},
    {"rocky", "rocky"}, {"alma", "alma"}, {"asianux", "asianux"}, {"miracle linux", "miracle"},
    {"coreos", "coreos"}, {"flatcar", "flatcar"}, {"mandriva", "mandriva"}, {"turbolinux", "turbolinux"},
  };
  private static final String[][] OTHER = {
    {"freebsd", "freebsd"}, {"solaris", "solaris"}, {"netware", "netware"}, {"esxi", "esxi"},
    {"os/2", "os2"}, {"ms-dos", "dos"}, {"darwin", "macos"}, {"mac os", "macos"},
  };

  private GuestOs() {}

  /** Parsed names: an estate repeats a few dozen OS names over thousands of VMs. */
  private static final Map<String, Os> CACHE = new ConcurrentHashMap<>();

  /** The OS a free-text name describes; {@code null} for blank text. Parts it cannot tell stay {@code null}. */
  public static Os parse(String name) {
    String t = Values.text(name);
    if (t == null) {
      return null;
    }
    Os known = CACHE.get(t);
    if (known != null) {
      return known;
    }
    Os os = parseText(t);
    if (CACHE.size() < 10_000) {
      CACHE.put(t, os);
    }
    return os;
  }

  private static Os parseText(String t) {
    String s = t.toLowerCase(Locale.ROOT);
    String arch = arch(s);
    String body = s.replaceAll("\\([^)]*\\)", " ").replace("gnu/linux", "linux").replaceAll("\\s+", " ").strip();
    if (body.contains("windows")) {
      boolean server = body.contains("server");
      return new Os("windows", server ? "windows-server" : "windows", windowsVersion(body, server), arch);
    }
    for (String[] d : LINUX) {
      if (body.contains(d[0])) {
        return new Os("linux", d[1], version(body.substring(body.indexOf(d[0]) + d[0].length())), arch);
      }
    }
    if (body.contains("linux")) {
      return new Os("linux", null, null, arch);
    }
    for (String[] d : OTHER) {
      if (body.contains(d[0])) {
        return new Os("other", d[1], version(body.substring(body.indexOf(d[0]) + d[0].length())), arch);
      }
    }
    return new Os(body.startsWith("other") ? "other" : null, null, null, arch);
  }

  /** A distribution as Ansible and similar tools name it ({@code RedHat}, {@code OracleLinux}) in our terms. */
  public static String distribution(String name) {
    String t = Values.text(name);
    if (t == null) {
      return null;
    }
    String s = t.toLowerCase(Locale.ROOT).replace(" ", "");
    switch (s) {
      case "redhat": case "rhel":
        return "rhel";
      case "oraclelinux": case "oracle":
        return "oracle";
      case "sles": case "sles_sap": case "suse": case "sled":
        return "sles";
      case "almalinux":
        return "alma";
      default:
        return s.startsWith("opensuse") ? "opensuse" : s;
    }
  }

  private static String arch(String s) {
    if (s.contains("arm") || s.contains("aarch64")) {
      return "aarch64";
    }
    if (s.contains("64-bit") || s.contains("x64") || s.contains("x86_64")) {
      return "x86_64";
    }
    return s.contains("32-bit") ? "i686" : null;
  }

  private static String windowsVersion(String body, boolean server) {
    if (body.contains("or later")) {
      return null;
    }
    Matcher m = (server ? WINDOWS_SERVER : WINDOWS_DESKTOP).matcher(body.replace("windows", " "));
    if (!m.find()) {
      return null;
    }
    String v = m.group(1).replace(" ", "");
    return "nt4".equals(v) ? "nt4" : m.group(1);
  }

  /** The one version number right after the name; none when several are listed ("4/5") or "or later". */
  private static String version(String rest) {
    String r = rest.strip();
    if (r.contains("/") || r.contains("or later") || r.startsWith("x") || r.matches("^\\d+(\\.\\d+)*\\.x.*")) {
      return null;
    }
    Matcher m = NUMBER.matcher(r);
    return m.find() && m.start() <= 12 ? m.group(1) : null;
  }
}
