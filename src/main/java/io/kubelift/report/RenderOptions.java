package io.kubelift.report;

import java.nio.file.Path;
import java.util.Collections;
import java.util.Map;
import java.util.TreeMap;

/**
 * Settings shared by renderers.
 *
 * @param templates a directory of user templates overriding the built-in ones, or {@code null}
 * @param bandwidthMbps network bandwidth assumed for import time estimates, in Mbit/s
 * @param planLinks per application, a link (relative to the report's directory) to its migration plan; empty when
 *     no plan was written
 */
public record RenderOptions(Path templates, double bandwidthMbps, Map<String, String> planLinks) {
  public RenderOptions {
    if (!(bandwidthMbps > 0) || Double.isInfinite(bandwidthMbps)) {
      throw new IllegalArgumentException("bandwidth must be a positive number of Mbit/s, got " + bandwidthMbps);
    }
    planLinks = Collections.unmodifiableSortedMap(new TreeMap<>(planLinks));
  }

  /** 1 Gbit/s, the built-in templates and no plan links. */
  public static RenderOptions defaults() {
    return new RenderOptions(null, 1000, Map.of());
  }
}
