package org.musicmuseum.processing.domain;

import java.util.OptionalLong;
import org.musicmuseum.events.EventType;
import org.musicmuseum.events.Positions;

/**
 * The run log with the cursors as of its newest run, published after every run for the REST
 * threads.
 *
 * @param log the kept runs
 * @param albumCursor the last album offset counted per partition
 * @param singleCursor the last single offset counted per partition
 */
public record RunLedger(RunLog log, Positions albumCursor, Positions singleCursor) {

  /** Whether, and by which run, the row at {@code offset} of {@code partition} was counted. */
  public Counting counting(EventType type, int partition, long offset) {
    Positions cursor = type == EventType.NEW_ALBUM ? albumCursor : singleCursor;
    OptionalLong last = cursor.lastRead(partition);
    Long lastCounted = last.isPresent() ? last.getAsLong() : null;
    if (!cursor.includes(partition, offset)) {
      return new Counting(
          type.wireName(), partition, offset, false, lastCounted, null, oldestKept());
    }
    return new Counting(
        type.wireName(),
        partition,
        offset,
        true,
        lastCounted,
        log.runThatCounted(type, partition, offset).orElse(null),
        oldestKept());
  }

  private Long oldestKept() {
    return log.runs().isEmpty() ? null : log.runs().get(0).run();
  }
}
