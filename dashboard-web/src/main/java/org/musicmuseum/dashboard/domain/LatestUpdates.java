package org.musicmuseum.dashboard.domain;

import java.time.Duration;
import java.time.Instant;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.musicmuseum.events.UpdateKind;

/**
 * The latest update of each kind a new page is sent first ({@link UpdateKind#replayed()}), and
 * whether updates are arriving: the health service publishes one every round, so a feed silent for
 * longer than {@code staleAfter} has lost Kafka (or health).
 */
public final class LatestUpdates {

  private final Duration staleAfter;
  private final Map<UpdateKind, Update> latest = new EnumMap<>(UpdateKind.class);
  private Optional<Instant> lastReceived = Optional.empty();

  public LatestUpdates(Duration staleAfter) {
    this.staleAfter = staleAfter;
  }

  /** Keeps {@code update} if it is the newest of a replayed kind; notes that one arrived. */
  public synchronized void received(Update update, Instant now) {
    lastReceived = Optional.of(now);
    if (update.kind().replayed()) {
      latest.merge(update.kind(), update, (old, next) -> next.at().isBefore(old.at()) ? old : next);
    }
  }

  /** The latest of each replayed kind, in the kinds' order. */
  public synchronized List<Update> replay() {
    return List.copyOf(latest.values());
  }

  /** Whether an update arrived within {@code staleAfter} of {@code now}. */
  public synchronized boolean live(Instant now) {
    return lastReceived.map(t -> !now.isAfter(t.plus(staleAfter))).orElse(false);
  }

  /** When the last update arrived. */
  public synchronized Optional<Instant> lastReceived() {
    return lastReceived;
  }
}
