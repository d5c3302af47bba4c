package org.musicmuseum.stack;

import java.time.Duration;
import java.util.function.BooleanSupplier;

/**
 * Waiting for a condition with a deadline, checking often and giving up early when the process
 * died.
 */
public final class Poll {

  private static final Duration INTERVAL = Duration.ofMillis(250);

  private Poll() {}

  /**
   * Returns as soon as {@code ready} is true; throws when {@code timeout} passes or when {@code
   * alive} turns false first (nothing left that could become ready).
   */
  public static void until(
      String what, Duration timeout, BooleanSupplier ready, BooleanSupplier alive) {
    long deadline = System.nanoTime() + timeout.toNanos();
    while (true) {
      if (ready.getAsBoolean()) {
        return;
      }
      if (!alive.getAsBoolean()) {
        throw new StackException(what + " stopped before it became ready");
      }
      if (System.nanoTime() - deadline >= 0) {
        throw new StackException(what + " not ready after " + timeout.toSeconds() + " s");
      }
      pause();
    }
  }

  /** Waits until {@code condition} holds; false when the deadline passed first. */
  public static boolean waitFor(Duration timeout, BooleanSupplier condition) {
    return waitFor(timeout, INTERVAL, condition);
  }

  /**
   * As {@link #waitFor(Duration, BooleanSupplier)}, checking every {@code interval} (for a
   * condition that is costly to check).
   */
  public static boolean waitFor(Duration timeout, Duration interval, BooleanSupplier condition) {
    long deadline = System.nanoTime() + timeout.toNanos();
    while (!condition.getAsBoolean()) {
      if (System.nanoTime() - deadline >= 0) {
        return false;
      }
      pause(interval);
    }
    return true;
  }

  private static void pause() {
    pause(INTERVAL);
  }

  private static void pause(Duration interval) {
    try {
      Thread.sleep(interval.toMillis());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new StackException("interrupted while waiting", e);
    }
  }
}
