package io.kubelift.model;

import java.util.List;

/**
 * One input read: its format, how many records it held, and those rejected.
 *
 * @param path the path as given
 * @param format the reader that read it
 * @param records the number of VM records found, accepted or not
 * @param rejected the records that were not assessed
 */
public record InputFile(String path, String format, int records, List<Rejected> rejected) {
  public InputFile {
    rejected = List.copyOf(rejected);
  }
}
