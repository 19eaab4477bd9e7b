package io.kubelift.inventory.vmx;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The text descriptor of a .vmdk that sits beside the .vmx, when it does: it alone says how large a disk is and
 * whether it is a raw device mapping ({@code createType="vmfsRawDeviceMap"} or {@code
 * vmfsPassthroughRawDeviceMap}). Only relative paths inside the .vmx's folder are followed, only small text
 * descriptors are read, and nothing of them is kept but those two facts.
 */
record VmdkDescriptor(Double capacityGiB, Boolean rawLun) {
  private static final int MAX_BYTES = 64 * 1024;
  private static final Pattern CREATE_TYPE = Pattern.compile("(?m)^\\s*createType\\s*=\\s*\"([^\"]+)\"");
  private static final Pattern EXTENT = Pattern.compile("(?m)^\\s*(?:RW|RDONLY|NOACCESS)\\s+(\\d+)\\s+\\w+");
  private static final VmdkDescriptor UNKNOWN = new VmdkDescriptor(null, null);

  /** The descriptor of {@code file} (as the .vmx names it) in {@code dir}; both facts unknown when unreadable. */
  static VmdkDescriptor near(Path dir, String file) {
    if (dir == null || file == null || file.startsWith("/") || file.contains("..") || file.contains(":")
        || file.contains("\\")) {
      return UNKNOWN;
    }
    Path p = dir.resolve(file).normalize();
    if (!p.startsWith(dir.normalize()) || !Files.isRegularFile(p)) {
      return UNKNOWN;
    }
    try (InputStream in = Files.newInputStream(p)) {
      byte[] head = in.readNBytes(MAX_BYTES + 1);
      String text = new String(head, StandardCharsets.ISO_8859_1);
      if (head.length > MAX_BYTES || !text.contains("# Disk DescriptorFile")) {
        return UNKNOWN; // a binary sparse extent or something else: not parsed here
      }
      return parse(text);
    } catch (IOException e) {
      return UNKNOWN;
    }
  }

  static VmdkDescriptor parse(String text) {
    Matcher type = CREATE_TYPE.matcher(text);
    Boolean rdm = type.find() ? type.group(1).toLowerCase(java.util.Locale.ROOT).contains("rawdevicemap") : null;
    long sectors = 0;
    Matcher extent = EXTENT.matcher(text);
    boolean any = false;
    while (extent.find()) {
      sectors += Long.parseLong(extent.group(1));
      any = true;
    }
    return new VmdkDescriptor(any ? sectors * 512.0 / (1024.0 * 1024 * 1024) : null, rdm);
  }
}
