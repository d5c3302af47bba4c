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

  private final AtomicReference<Map<Integer, Long>> targets = new AtomicReference<>();
  private final AtomicLong skipped = new AtomicLong();
  private volatile boolean caughtUp;

  /** The log end offsets to catch up with; only the first call counts. */
  void targets(Map<Integer, Long> endOffsets) {
    targets.compareAndSet(null, Map.copyOf(endOffsets));
  }

  /**
   * One poll went through; {@code positions} gives the next offset to read per partition (asked
   * only while the index has not caught up).
   */
  void polled(int skippedRecords, Supplier<Map<Integer, Long>> positions) {
    skipped.addAndGet(skippedRecords);
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
    return skipped.get();
  }
}
