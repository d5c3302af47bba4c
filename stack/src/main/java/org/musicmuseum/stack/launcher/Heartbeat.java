package org.musicmuseum.stack.launcher;

import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.LongConsumer;

/**
 * A line now and then while something slow runs, so that a start-up is never silent for long: the
 * consumer gets the whole seconds since the heartbeat began, every {@code interval}, until closed.
 */
final class Heartbeat implements AutoCloseable {

  /** How often the launcher says it is still waiting. */
  static final Duration INTERVAL = Duration.ofSeconds(10);

  private final ScheduledExecutorService timer;

  private Heartbeat(Duration interval, LongConsumer beat) {
    long started = System.nanoTime();
    this.timer =
        Executors.newSingleThreadScheduledExecutor(
            task -> {
              Thread thread = new Thread(task, "museum-heartbeat");
              thread.setDaemon(true);
              return thread;
            });
    long millis = interval.toMillis();
    timer.scheduleAtFixedRate(
        () -> beat.accept(Duration.ofNanos(System.nanoTime() - started).toSeconds()),
        millis,
        millis,
        TimeUnit.MILLISECONDS);
  }

  static Heartbeat every(Duration interval, LongConsumer beat) {
    return new Heartbeat(interval, beat);
  }

  /** The line for a part that is not ready yet, e.g. {@code still waiting for kafka (20 s)}. */
  static String waiting(String what, long seconds) {
    return String.format("%-11s still waiting for %s (%d s)", "", what, seconds);
  }

  @Override
  public void close() {
    timer.shutdownNow();
  }
}
