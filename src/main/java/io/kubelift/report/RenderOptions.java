package io.kubelift.report;

import java.nio.file.Path;

/**
 * Settings shared by renderers.
 *
 * @param templates a directory of user templates overriding the built-in ones, or {@code null}
 * @param bandwidthMbps network bandwidth assumed for import time estimates, in Mbit/s
 */
public record RenderOptions(Path templates, double bandwidthMbps) {
  /** 1 Gbit/s and the built-in templates. */
  public static RenderOptions defaults() {
    return new RenderOptions(null, 1000);
  }
}
