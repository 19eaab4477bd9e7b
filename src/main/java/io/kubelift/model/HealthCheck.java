package io.kubelift.model;

/**
 * How to tell that the workload is healthy.
 *
 * @param available whether any check exists; {@code false} says there is none
 * @param type {@code http}, {@code tcp} or {@code exec}
 * @param port the port probed
 * @param path the HTTP path, for {@code http}
 */
public record HealthCheck(Boolean available, String type, Integer port, String path) {}
