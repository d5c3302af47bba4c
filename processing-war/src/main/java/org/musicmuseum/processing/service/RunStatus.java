package org.musicmuseum.processing.service;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import java.util.logging.Level;
import java.util.logging.Logger;

/** How the runs went, read by the health checks. Thread-safe. */
public final class RunStatus {

  private static final Logger LOG = Logger.getLogger(RunStatus.class.getName());

  private record Outcome(
      Instant lastRun, Instant lastSuccess, String lastError, int consecutiveFailures) {}

  private final AtomicReference<Outcome> outcome =
      new AtomicReference<>(new Outcome(null, null, null, 0));

  /**
   * Records how a run ended ({@code failure} empty: it succeeded) and logs a change: the first
   * failure as a warning, a recovery as info, a repeated failure at FINE.
   */
  void record(Instant at, Optional<Exception> failure) {
    if (failure.isEmpty()) {
      if (consecutiveFailures() > 0) {
        LOG.info("Statistics runs succeed again");
      }
      succeeded(at);
    } else if (failed(at, failure.get()) == 1) {
      LOG.log(Level.WARNING, "A statistics run failed; retrying on every run", failure.get());
    } else {
      LOG.log(Level.FINE, "A statistics run failed again", failure.get());
    }
  }

  void succeeded(Instant at) {
    outcome.set(new Outcome(at, at, null, 0));
  }

  /** Records a failed run; returns how many runs in a row have failed now. */
  int failed(Instant at, Exception e) {
    return outcome
        .updateAndGet(
            o -> new Outcome(at, o.lastSuccess(), describe(e), o.consecutiveFailures() + 1))
        .consecutiveFailures();
  }

  /** True when a run succeeded no longer than {@code maxAge} before {@code now}. */
  public boolean isReady(Instant now, Duration maxAge) {
    Instant success = outcome.get().lastSuccess();
    return success != null && !success.isBefore(now.minus(maxAge));
  }

  /** When the last run ended. */
  public Optional<Instant> lastRun() {
    return Optional.ofNullable(outcome.get().lastRun());
  }

  /** When the last successful run ended. */
  public Optional<Instant> lastSuccess() {
    return Optional.ofNullable(outcome.get().lastSuccess());
  }

  /** Why the last run failed, until a run succeeds. */
  public Optional<String> lastError() {
    return Optional.ofNullable(outcome.get().lastError());
  }

  public int consecutiveFailures() {
    return outcome.get().consecutiveFailures();
  }

  private static String describe(Throwable e) {
    StringBuilder text = new StringBuilder(e.getClass().getSimpleName());
    for (Throwable t = e; t != null; t = t.getCause()) {
      if (t.getMessage() != null) {
        return text.append(": ").append(t.getMessage()).toString();
      }
    }
    return text.toString();
  }
}
