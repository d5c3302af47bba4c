package org.musicmuseum.kit.kafka;

import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;

/**
 * What a {@link PollLoop} last did, read by the health checks: whether its thread runs, its last
 * error (until the work reports progress again) and the fatal error that stopped it, if any. A
 * service extends it with its own counters. Thread-safe.
 */
public class LoopState {

  private final AtomicReference<String> lastError = new AtomicReference<>();
  private final AtomicReference<String> fatal = new AtomicReference<>();
  private volatile boolean running;

  void started() {
    running = true;
  }

  void stopped() {
    running = false;
  }

  void failed(Throwable e) {
    lastError.set(describe(e));
  }

  void stoppedBy(Throwable e) {
    fatal.set(describe(e));
    lastError.set(describe(e));
  }

  /** The work went through again: the last error is over (a fatal one never is). */
  protected void recovered() {
    if (fatal.get() == null) {
      lastError.set(null);
    }
  }

  /** True while the loop's thread runs. */
  public boolean isRunning() {
    return running;
  }

  /** The last error, until the work goes through again; the fatal error once there is one. */
  public Optional<String> lastError() {
    return Optional.ofNullable(lastError.get());
  }

  /** The error that stopped the loop for good, if one did. */
  public Optional<String> fatalError() {
    return Optional.ofNullable(fatal.get());
  }

  static String describe(Throwable e) {
    return e.getClass().getSimpleName() + ": " + e.getMessage();
  }
}
