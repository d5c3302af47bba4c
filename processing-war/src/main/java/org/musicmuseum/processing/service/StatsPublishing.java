package org.musicmuseum.processing.service;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.musicmuseum.processing.domain.StatsSnapshot;

/**
 * Decides after each run whether the statistics go to the updates topic: when the run counted
 * something, and when none went out for {@code republish} (so that the topic, which keeps updates
 * only briefly, always holds the latest for a dashboard server that starts).
 */
public final class StatsPublishing {

  private final Duration republish;
  private long lastTotal = -1;
  private Optional<Instant> lastSent = Optional.empty();

  public StatsPublishing(Duration republish) {
    this.republish = republish;
  }

  /** Whether {@code snapshot} should be published at {@code now}; if so, it counts as sent. */
  public synchronized boolean due(StatsSnapshot snapshot, Instant now) {
    long total = snapshot.total();
    boolean changed = total != lastTotal;
    boolean quiet = lastSent.map(t -> !now.isBefore(t.plus(republish))).orElse(true);
    if (!changed && !quiet) {
      return false;
    }
    lastTotal = total;
    lastSent = Optional.of(now);
    return true;
  }
}
