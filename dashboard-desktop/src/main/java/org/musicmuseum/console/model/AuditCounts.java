package org.musicmuseum.console.model;

/**
 * How many events of each type audit has indexed.
 *
 * @param albums albums: indices 0 to albums - 1
 * @param singles single songs: indices 0 to singles - 1
 * @param caughtUp whether audit has read the whole log
 */
public record AuditCounts(long albums, long singles, boolean caughtUp) {

  /** The count of one type. */
  public long of(AuditType type) {
    return type == AuditType.ALBUM ? albums : singles;
  }
}
