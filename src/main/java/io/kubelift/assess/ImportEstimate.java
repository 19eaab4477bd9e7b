package io.kubelift.assess;

import java.util.Locale;

/**
 * How long a disk takes to cross the network: its whole capacity at the given bandwidth. For thin disks that is an
 * upper bound (only allocated blocks travel); conversion and CDI's own processing come on top. Shared by the plan's
 * runbook (per disk) and the reports (the whole estate), so both quote the same figure.
 */
public final class ImportEstimate {
  private ImportEstimate() {}

  public static double seconds(double capacityGiB, double mbps) {
    return capacityGiB * 1024 * 1024 * 1024 * 8 / (mbps * 1_000_000);
  }

  /** E.g. {@code 3 min}, {@code 1 h 48 min}, {@code 1,234 h (51.4 days)}; minutes rounded up. */
  public static String duration(double capacityGiB, double mbps) {
    long minutes = (long) Math.ceil(seconds(capacityGiB, mbps) / 60);
    if (minutes < 60) {
      return Math.max(minutes, 1) + " min";
    }
    if (minutes < 48 * 60) {
      return String.format(Locale.ROOT, "%d h %d min", minutes / 60, minutes % 60);
    }
    // beyond two days the minutes are noise, and a reader thinks in days
    return String.format(Locale.ROOT, "%,d h (%,.1f days)", minutes / 60, minutes / 1440.0);
  }
}
