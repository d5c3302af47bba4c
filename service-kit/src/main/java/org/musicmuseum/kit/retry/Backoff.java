package org.musicmuseum.kit.retry;

import java.time.Duration;
import java.util.SplittableRandom;
import java.util.function.LongUnaryOperator;

/**
 * Exponential back-off between retries with jitter: the ceiling starts at 100 ms and doubles up to
 * a maximum, and each wait is drawn between half the ceiling and the ceiling. The jitter keeps
 * replicas that failed together (a broker or database restart) from retrying in lockstep. Not
 * thread-safe.
 */
public class Backoff {

  private static final Duration FIRST = Duration.ofMillis(100);

  private final Duration max;
  private final LongUnaryOperator random;
  private Duration ceiling = FIRST;

  /** A back-off whose waits are drawn from a random source of its own. */
  public Backoff(Duration max) {
    this(max, new SplittableRandom()::nextLong);
  }

  /**
   * @param max the longest wait
   * @param random a number from 0 (inclusive) to its argument (exclusive), e.g. {@code new
   *     SplittableRandom(seed)::nextLong} in a test
   */
  public Backoff(Duration max, LongUnaryOperator random) {
    this.max = max;
    this.random = random;
  }

  /** The wait before the next attempt; each call doubles the following one's ceiling. */
  public Duration next() {
    long top = (ceiling.compareTo(max) > 0 ? max : ceiling).toMillis();
    Duration doubled = ceiling.multipliedBy(2);
    ceiling = doubled.compareTo(max) > 0 ? max : doubled;
    long half = top / 2;
    return Duration.ofMillis(top - half + random.applyAsLong(half + 1));
  }

  /** After a success the next wait is short again. */
  public void reset() {
    ceiling = FIRST;
  }
}
