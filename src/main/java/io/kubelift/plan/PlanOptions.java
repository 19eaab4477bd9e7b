package io.kubelift.plan;

import java.util.Locale;

/**
 * How to plan.
 *
 * @param storageClass the storage class of DataVolumes, or {@code null} for the cluster default
 * @param source where CDI takes disk images from
 * @param bandwidthMbps the bandwidth disk images travel at, in Mbit/s, for time estimates
 * @param namespacePerApp whether each plan gets a namespace of its own
 * @param serviceType the Service type of externally exposed ports: {@code NodePort} or {@code LoadBalancer}
 * @param registry the registry and path ContainerDisk (and registry-source) images are pushed to
 * @param httpBase the URL under which disk images are served for the {@code http} source
 */
public record PlanOptions(
    String storageClass,
    DiskSource source,
    double bandwidthMbps,
    boolean namespacePerApp,
    String serviceType,
    String registry,
    String httpBase) {
  /** A registry under the reserved {@code .invalid} domain: nothing is pushed anywhere real by mistake. */
  public static final String PLACEHOLDER_REGISTRY = "registry.invalid/kubelift";
  /** A web server under the reserved {@code .invalid} domain, to be replaced by the operator. */
  public static final String PLACEHOLDER_HTTP_BASE = "http://images.invalid/kubelift";

  public PlanOptions {
    if (!(bandwidthMbps > 0) || Double.isInfinite(bandwidthMbps)) {
      throw new IllegalArgumentException("bandwidth must be a positive number of Mbit/s, got " + bandwidthMbps);
    }
    if (!"NodePort".equals(serviceType) && !"LoadBalancer".equals(serviceType)) {
      throw new IllegalArgumentException("service type must be NodePort or LoadBalancer, got " + serviceType);
    }
    if (source == null || registry == null || httpBase == null) {
      throw new IllegalArgumentException("source, registry and httpBase are required");
    }
  }

  /** Upload source, default storage class, 1 Gbit/s, one namespace, NodePort, placeholder registry. */
  public static PlanOptions defaults() {
    return new PlanOptions(null, DiskSource.UPLOAD, 1000, false, "NodePort", PLACEHOLDER_REGISTRY,
        PLACEHOLDER_HTTP_BASE);
  }

  /** Where CDI takes a disk image from. */
  public enum DiskSource {
    /** {@code virtctl image-upload} from the operator's machine. */
    UPLOAD,
    /** an HTTP(S) server CDI can reach. */
    HTTP,
    /** a container registry image holding the disk, as for ContainerDisks. */
    REGISTRY;

    /** Parses {@code upload}, {@code http} or {@code registry}; {@code null} for anything else. */
    public static DiskSource parse(String s) {
      for (DiskSource d : values()) {
        if (d.name().toLowerCase(Locale.ROOT).equals(s)) {
          return d;
        }
      }
      return null;
    }
  }
}
