package org.musicmuseum.health.domain;

import java.time.Instant;

/**
 * The last good reading of one value and whether the latest attempt failed. A failed read keeps the
 * last good value and its time (stale) and records why; the next good read clears the error.
 *
 * @param <T> the value's type
 */
public final class Latest<T> {

  /**
   * What is known now.
   *
   * @param value the last good value; null before the first good read
   * @param at when it was read; null before the first good read
   * @param error why the latest read failed; null when it succeeded (or none was tried)
   * @param <T> the value's type
   */
  public record Snapshot<T>(T value, Instant at, String error) {

    /** True once a read has succeeded. */
    public boolean known() {
      return at != null;
    }
  }

  private Snapshot<T> snapshot = new Snapshot<>(null, null, null);

  /** A good read of {@code value} at {@code at}. */
  public synchronized void succeeded(T value, Instant at) {
    snapshot = new Snapshot<>(value, at, null);
  }

  /** A failed read: the value stays, the error is {@code error}. */
  public synchronized void failed(String error) {
    snapshot = new Snapshot<>(snapshot.value(), snapshot.at(), error);
  }

  public synchronized Snapshot<T> snapshot() {
    return snapshot;
  }
}
