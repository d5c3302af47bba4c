package org.musicmuseum.events.support;

import java.time.Duration;

/** Exponential back-off between retries: 100 ms, doubling, up to a maximum. Not thread-safe. */
public class Backoff {

  private static final Duration FIRST = Duration.ofMillis(100);

  private final Duration max;
  private Duration next = FIRST;

  public Backoff(Duration max) {
    this.max = max;
  }

  /** The wait before the next attempt; each call doubles the following one. */
  public Duration next() {
    Duration current = next;
    Duration doubled = next.multipliedBy(2);
    next = doubled.compareTo(max) > 0 ? max : doubled;
    return current.compareTo(max) > 0 ? max : current;
  }

  /** After a success the next wait is short again. */
  public void reset() {
    next = FIRST;
  }
}
