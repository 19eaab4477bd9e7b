package io.kubelift.inventory.common;

import io.kubelift.model.Os;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Guest operating systems from VMware's identifiers ({@code guestOS = "rhel7-64"} in a .vmx,
 * {@code vmw:osType="rhel7_64Guest"} in an OVF) and from the DMTF CIM OS type numbers OVF writes. VMware runs x86
 * guests only; an identifier ending in 64 is x86_64, any other is some x86.
 */
public final class VmwareGuestIds {
  private static final Pattern LINUX = Pattern.compile("([a-z]+?)(\\d+)?");
  private static final Map<String, String> WINDOWS = Map.ofEntries(
      Map.entry("winnt", "nt4"), Map.entry("win2000pro", "2000"), Map.entry("win2000serv", "2000"),
      Map.entry("win2000advserv", "2000"), Map.entry("winxppro", "xp"), Map.entry("winxphome", "xp"),
      Map.entry("winnetenterprise", "2003"), Map.entry("winnetstandard", "2003"), Map.entry("winnetweb", "2003"),
      Map.entry("winnetdatacenter", "2003"), Map.entry("winnetbusiness", "2003"), Map.entry("winvista", "vista"),
      Map.entry("winlonghorn", "2008"), Map.entry("longhorn", "2008"), Map.entry("windows7", "7"),
      Map.entry("windows7srv", "2008 r2"), Map.entry("windows7server", "2008 r2"), Map.entry("windows8", "8"),
      Map.entry("windows8srv", "2012"), Map.entry("windows8server", "2012"), Map.entry("windows9", "10"),
      Map.entry("windows9srv", "2016"), Map.entry("windows9server", "2016"), Map.entry("windows2019srv", "2019"),
      Map.entry("windows2019srvnext", "2022"), Map.entry("windows2022srvnext", "2025"),
      Map.entry("windows11", "11"), Map.entry("windows12", "12"));
  private static final Map<Integer, String[]> CIM = Map.ofEntries(
      Map.entry(36, new String[] {"linux", null}), Map.entry(58, new String[] {"windows", "2000"}),
      Map.entry(67, new String[] {"windows", "xp"}), Map.entry(69, new String[] {"windows", "2003"}),
      Map.entry(70, new String[] {"windows", "2003"}), Map.entry(71, new String[] {"windows", "xp"}),
      Map.entry(73, new String[] {"windows", "vista"}), Map.entry(74, new String[] {"windows", "vista"}),
      Map.entry(76, new String[] {"windows", "2008"}), Map.entry(77, new String[] {"windows", "2008"}),
      Map.entry(79, new String[] {"rhel", null}), Map.entry(80, new String[] {"rhel", null}),
      Map.entry(84, new String[] {"sles", null}), Map.entry(85, new String[] {"sles", null}),
      Map.entry(93, new String[] {"ubuntu", null}), Map.entry(94, new String[] {"ubuntu", null}),
      Map.entry(95, new String[] {"debian", null}), Map.entry(96, new String[] {"debian", null}),
      Map.entry(97, new String[] {"linux", null}), Map.entry(98, new String[] {"linux", null}),
      Map.entry(99, new String[] {"linux", null}), Map.entry(100, new String[] {"linux", null}),
      Map.entry(101, new String[] {"linux", null}), Map.entry(103, new String[] {"windows", "2008 r2"}),
      Map.entry(105, new String[] {"windows", "7"}), Map.entry(106, new String[] {"centos", null}),
      Map.entry(107, new String[] {"centos", null}), Map.entry(108, new String[] {"oracle", null}),
      Map.entry(109, new String[] {"oracle", null}), Map.entry(112, new String[] {"windows", "2012"}),
      Map.entry(113, new String[] {"windows", "8"}), Map.entry(114, new String[] {"windows", "8"}),
      Map.entry(115, new String[] {"windows", "2012 r2"}), Map.entry(116, new String[] {"windows", "2016"}),
      Map.entry(117, new String[] {"windows", "8.1"}), Map.entry(118, new String[] {"windows", "8.1"}),
      Map.entry(119, new String[] {"windows", "10"}), Map.entry(120, new String[] {"windows", "10"}),
      Map.entry(121, new String[] {"windows", "2019"}), Map.entry(122, new String[] {"windows", "11"}),
      Map.entry(123, new String[] {"windows", "2022"}));

  private VmwareGuestIds() {}

  /** From a VMware guest identifier in either spelling; {@code other}/{@code otherGuest} leave the OS unknown. */
  public static Os fromId(String guestId) {
    if (guestId == null || guestId.isBlank()) {
      return null;
    }
    String id = guestId.trim().toLowerCase(Locale.ROOT).replaceAll("guest$", "");
    boolean is64 = id.endsWith("64");
    String arch = is64 ? "x86_64" : "x86";
    id = id.replaceAll("[-_]?64$", "").replaceAll("guest$", "").replace("_", "").replace("-", "");
    String win = WINDOWS.get(id);
    if (win != null) {
      return GuestOs.windows(win, arch);
    }
    if (id.startsWith("win")) {
      return new Os("windows", null, null, arch);
    }
    if (id.equals("other") || id.isEmpty()) {
      return new Os(null, null, null, arch);
    }
    if (id.matches("other\\w*linux|genericlinux|linux")) {
      return GuestOs.linux(null, null, arch);
    }
    if (id.matches("(vmkernel|freebsd|solaris|darwin|netware|os2|dos|openserver|unixware|ecomstation)\\d*")) {
      return new Os("other", id.startsWith("vmkernel") ? "esxi" : id.replaceAll("\\d+$", ""), null, arch);
    }
    Matcher m = LINUX.matcher(id);
    return m.matches() ? GuestOs.linux(m.group(1), m.group(2), arch) : new Os(null, null, null, arch);
  }

  /** From an OVF {@code OperatingSystemSection} CIM type number; {@code null} for numbers not mapped here. */
  public static Os fromCim(String osType) {
    Integer n = Units.parseInt(osType);
    String[] os = n == null ? null : CIM.get(n);
    if (os == null) {
      return null;
    }
    if (os[0].equals("windows")) {
      return GuestOs.windows(os[1], null);
    }
    return GuestOs.linux(os[0].equals("linux") ? null : os[0], null, null);
  }
}
