package org.musicmuseum.processing.domain;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.musicmuseum.events.EventType;

/**
 * The last runs that counted rows, at most {@code capacity} of them, oldest first, with the cursors
 * as of the newest: enough to say which run counted a row without keeping anything per row.
 * Immutable; {@link #close} gives the next log.
 */
public final class RunLog {

  private final List<CountingRun> runs;
  private final int capacity;

  private RunLog(List<CountingRun> runs, int capacity) {
    this.capacity = Math.max(1, capacity);
    int from = Math.max(0, runs.size() - this.capacity);
    this.runs = List.copyOf(runs.subList(from, runs.size()));
  }

  /** A log continuing from persisted runs (oldest first). */
  public static RunLog of(List<CountingRun> runs, int capacity) {
    return new RunLog(runs, capacity);
  }

  /**
   * The log after a run that moved the cursors from ({@code albumsAfter}, {@code singlesAfter}) to
   * ({@code albums}, {@code singles}); the same log when they did not move.
   */
  public RunLog close(long albumsAfter, long singlesAfter, long albums, long singles, Instant at) {
    if (albums == albumsAfter && singles == singlesAfter) {
      return this;
    }
    long number = runs.isEmpty() ? 1 : runs.get(runs.size() - 1).run() + 1;
    List<CountingRun> next = new ArrayList<>(runs.size() + 1);
    next.addAll(runs);
    next.add(new CountingRun(number, at, albumsAfter, albums, singlesAfter, singles));
    return new RunLog(next, capacity);
  }

  /** The kept runs, oldest first. */
  public List<CountingRun> runs() {
    return runs;
  }

  /** The kept run that counted that row, if it is still kept. */
  public Optional<CountingRun> runThatCounted(EventType type, long rowId) {
    int low = 0;
    int high = runs.size() - 1;
    while (low <= high) {
      int mid = (low + high) >>> 1;
      CountingRun run = runs.get(mid);
      if (run.counted(type, rowId)) {
        return Optional.of(run);
      }
      long upTo = type == EventType.NEW_ALBUM ? run.albumsUpTo() : run.singlesUpTo();
      if (rowId > upTo) {
        low = mid + 1;
      } else {
        high = mid - 1;
      }
    }
    return Optional.empty();
  }
}
