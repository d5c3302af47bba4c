package org.musicmuseum.audit.messaging;

import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;
import org.musicmuseum.kit.kafka.LoopState;

/**
 * What the indexer last did, read by the health checks and the lookups. The index has caught up
 * once it has read, in every partition, up to the log end offsets seen when it first started; from
 * then on it stays caught up. Thread-safe.
 */
public class IndexStatus extends LoopState {

  /** Where the records indexed and skipped are counted (the metrics, or a plain tally). */
  public interface Counts {
    void polled(int indexed, int skipped);

    /** Records skipped since start. */
    long skipped();
  }

  /** Counts in memory only. */
  public static final class Tally implements Counts {
    private final AtomicLong skipped = new AtomicLong();

    @Override
    public void polled(int indexed, int skippedRecords) {
      skipped.addAndGet(skippedRecords);
    }

    @Override
    public long skipped() {
      return skipped.get();
    }
  }

  private final AtomicReference<Map<Integer, Long>> targets = new AtomicReference<>();
  private final Counts counts;
  private final AtomicLong lag = new AtomicLong(-1);
  private volatile boolean caughtUp;

  public IndexStatus(Counts counts) {
    this.counts = counts;
  }

  /** The log end offsets to catch up with; only the first call counts. */
  void targets(Map<Integer, Long> endOffsets) {
    targets.compareAndSet(null, Map.copyOf(endOffsets));
  }

  /**
   * One poll went through; {@code positions} gives the next offset to read per partition (asked
   * only while the index has not caught up).
   */
  void polled(int indexed, int skippedRecords, Supplier<Map<Integer, Long>> positions) {
    counts.polled(indexed, skippedRecords);
    recovered();
    Map<Integer, Long> goal = targets.get();
    if (!caughtUp && goal != null) {
      Map<Integer, Long> now = positions.get();
      caughtUp =
          goal.entrySet().stream().allMatch(e -> now.getOrDefault(e.getKey(), -1L) >= e.getValue());
    }
  }

  /** True once the index holds everything the log held when the service started. */
  public boolean isCaughtUp() {
    return caughtUp;
  }

  /** Records read since start that were not valid events. */
  public long skippedCount() {
    return counts.skipped();
  }

  /** Records between what was read and the log's end, as of the last fetch. */
  void lag(long records) {
    lag.set(records);
  }

  /** Records between the index and the log's end at the last fetch; -1 before the first. */
  public long lag() {
    return lag.get();
  }
}
