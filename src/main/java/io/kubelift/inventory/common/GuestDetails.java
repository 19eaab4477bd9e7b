package io.kubelift.inventory.common;

import io.kubelift.model.Os;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What VMware Tools report from inside a running guest ({@code guestOS.detailed.data} in a .vmx, the "Guest Detailed
 * Data" column of RVTools' vInfo: {@code distroName='…' distroVersion='…' kernelVersion='…'}). It describes the system
 * actually installed, so it is preferred to the configured guest OS, which is often stale and names no version for
 * some distributions ("Ubuntu Linux (64-bit)").
 */
public final class GuestDetails {
  private static final Pattern PAIR = Pattern.compile("(\\w+)='([^']*)'");
  private static final Pattern WINDOWS = Pattern.compile("(?i)windows (?:server )?(\\d{4}(?: r2)?|xp|vista|\\d+)");
  private static final String[][] DISTROS = {{"red hat", "rhel"}, {"centos", "centos"}, {"ubuntu", "ubuntu"},
      {"debian", "debian"}, {"suse linux enterprise", "sles"}, {"opensuse", "opensuse"}, {"oracle", "oracle"},
      {"rocky", "rocky"}, {"almalinux", "alma"}, {"fedora", "fedora"}, {"amazon", "amazon"}};

  private GuestDetails() {}

  /** The key/value pairs of the data; empty for {@code null} or text without pairs. */
  public static Map<String, String> parse(String data) {
    Map<String, String> out = new LinkedHashMap<>();
    if (data != null) {
      Matcher m = PAIR.matcher(data);
      while (m.find()) {
        out.put(m.group(1), m.group(2));
      }
    }
    return out;
  }

  /** The OS the details describe, or {@code null} when they name none this reader knows. */
  public static Os os(Map<String, String> d) {
    String arch = "64".equals(d.get("bitness")) ? "x86_64" : d.containsKey("bitness") ? "x86" : null;
    String family = d.getOrDefault("familyName", "").toLowerCase(Locale.ROOT);
    String name = d.getOrDefault("distroName", d.getOrDefault("prettyName", "")).toLowerCase(Locale.ROOT);
    if (family.equals("windows") || name.contains("windows")) {
      Matcher m = WINDOWS.matcher(d.getOrDefault("prettyName", name));
      return GuestOs.windows(m.find() ? m.group(1).toLowerCase(Locale.ROOT) : null, arch);
    }
    if (!family.equals("linux")) {
      return null;
    }
    for (String[] known : DISTROS) {
      if (name.contains(known[0])) {
        String version = d.get("distroVersion");
        return GuestOs.linux(known[1], version == null || version.isBlank() ? null : version.strip(), arch);
      }
    }
    return GuestOs.linux(null, null, arch);
  }
}
