package org.musicmuseum.processing.domain;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.musicmuseum.events.EventType;
import org.musicmuseum.events.Positions;

/**
 * The last runs that counted rows, at most {@code capacity} of them, oldest first, each with the
 * offsets it counted: enough to say which run counted a row without keeping anything per row.
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
  public RunLog close(
      Positions albumsAfter,
      Positions singlesAfter,
      Positions albums,
      Positions singles,
      Instant at) {
    if (albums.equals(albumsAfter) && singles.equals(singlesAfter)) {
      return this;
    }
    long number = runs.isEmpty() ? 1 : runs.get(runs.size() - 1).run() + 1;
    List<CountingRun> next = new ArrayList<>(runs.size() + 1);
    next.addAll(runs);
    next.add(CountingRun.between(number, at, albumsAfter, albums, singlesAfter, singles));
    return new RunLog(next, capacity);
  }

  /** The kept runs, oldest first. */
  public List<CountingRun> runs() {
    return runs;
  }

  /**
   * The kept run that counted the row at {@code offset} of {@code partition}, if it is still kept
   * (newest first: a lookup is about a recent event more often than not).
   */
  public Optional<CountingRun> runThatCounted(EventType type, int partition, long offset) {
    for (int i = runs.size() - 1; i >= 0; i--) {
      if (runs.get(i).counted(type, partition, offset)) {
        return Optional.of(runs.get(i));
      }
    }
    return Optional.empty();
  }
}
