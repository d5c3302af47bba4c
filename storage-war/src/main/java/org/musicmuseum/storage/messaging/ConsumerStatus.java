package org.musicmuseum.storage.messaging;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;

/** What the consumer loop last did, read by the health checks. Thread-safe. */
public class ConsumerStatus {

  private final Clock clock;
  private final AtomicReference<Instant> lastPoll = new AtomicReference<>();
  private final AtomicReference<String> lastError = new AtomicReference<>();
  private final AtomicLong stored = new AtomicLong();
  private final AtomicLong quarantined = new AtomicLong();
  private volatile boolean running;

  public ConsumerStatus(Clock clock) {
    this.clock = clock;
  }

  void started() {
    running = true;
  }

  void stopped() {
    running = false;
  }

  void polled() {
    lastPoll.set(clock.instant());
  }

  void stored(int events, int poison) {
    stored.addAndGet(events);
    quarantined.addAndGet(poison);
    lastError.set(null);
  }

  void failed(Exception e) {
    lastError.set(e.getClass().getSimpleName() + ": " + e.getMessage());
  }

  /** True while the loop's thread runs. */
  public boolean isRunning() {
    return running;
  }

  /** True when the loop polled within {@code maxAge} and its last batch did not fail. */
  public boolean isHealthy(Duration maxAge) {
    Instant polled = lastPoll.get();
    return running
        && lastError.get() == null
        && polled != null
        && polled.isAfter(clock.instant().minus(maxAge));
  }

  /** The last error, until a batch is stored again. */
  public Optional<String> lastError() {
    return Optional.ofNullable(lastError.get());
  }

  /** Events written since start (including redelivered ones the database skipped). */
  public long storedCount() {
    return stored.get();
  }

  /** Records quarantined since start. */
  public long quarantinedCount() {
    return quarantined.get();
  }
}
