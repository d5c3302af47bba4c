package org.musicmuseum.processing.domain;

import org.musicmuseum.events.EventType;

/**
 * The run log with the cursors as of its newest run, published after every run for the REST
 * threads.
 *
 * @param log the kept runs
 * @param albumCursor id of the last album counted
 * @param singleCursor id of the last single counted
 */
public record RunLedger(RunLog log, long albumCursor, long singleCursor) {

  /** Whether, and by which run, the row {@code rowId} of {@code type} was counted. */
  public Counting counting(EventType type, long rowId) {
    long cursor = type == EventType.NEW_ALBUM ? albumCursor : singleCursor;
    if (rowId > cursor) {
      return new Counting(type.wireName(), rowId, false, cursor, null, oldestKept());
    }
    return new Counting(
        type.wireName(),
        rowId,
        true,
        cursor,
        log.runThatCounted(type, rowId).orElse(null),
        oldestKept());
  }

  private Long oldestKept() {
    return log.runs().isEmpty() ? null : log.runs().get(0).run();
  }
}
