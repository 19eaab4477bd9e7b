package io.kubelift.model;

/**
 * An input record that could not be assessed, and why.
 *
 * @param location file and line (or sheet and row) of the record
 * @param reason what was wrong with it
 */
public record Rejected(String location, String reason) {}
