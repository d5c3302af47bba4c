package org.musicmuseum.storage.messaging;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import org.musicmuseum.kit.kafka.LoopState;
import org.musicmuseum.kit.kafka.OwnedPartitions;
import org.musicmuseum.kit.kafka.RebalanceLog;

/** What the consumer loop last did, read by the health checks. Thread-safe. */
public class ConsumerStatus extends LoopState {

  private final Clock clock;
  private final AtomicReference<Instant> lastPoll = new AtomicReference<>();
  private final AtomicLong stored = new AtomicLong();
  private final AtomicLong quarantined = new AtomicLong();
  private final OwnedPartitions partitions = new OwnedPartitions();

  public ConsumerStatus(Clock clock) {
    this.clock = clock;
  }

  void polled() {
    lastPoll.set(clock.instant());
  }

  void stored(int events, int poison) {
    stored.addAndGet(events);
    quarantined.addAndGet(poison);
    recovered();
  }

  /** True when the loop polled within {@code maxAge} and its last batch did not fail. */
  public boolean isHealthy(Duration maxAge) {
    Instant polled = lastPoll.get();
    return isRunning()
        && lastError().isEmpty()
        && polled != null
        && polled.isAfter(clock.instant().minus(maxAge));
  }

  /** Events written since start (including redelivered ones the database skipped). */
  public long storedCount() {
    return stored.get();
  }

  /** Records quarantined since start. */
  public long quarantinedCount() {
    return quarantined.get();
  }

  /** The rebalance callbacks of a new consumer: they keep {@link #partitions()} up to date. */
  RebalanceLog rebalanceLog() {
    return new RebalanceLog("storage", partitions);
  }

  /**
   * The partitions the consumer owns now, e.g. {@code music-events-0,music-events-3}; empty if
   * none.
   */
  public String partitions() {
    return partitions.describe();
  }

  /** How many partitions the consumer owns now. */
  public int partitionCount() {
    return partitions.count();
  }
}
