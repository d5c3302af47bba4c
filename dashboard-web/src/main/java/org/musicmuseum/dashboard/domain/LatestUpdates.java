package org.musicmuseum.dashboard.domain;

import java.time.Duration;
import java.time.Instant;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.musicmuseum.events.UpdateKind;

/**
 * The latest update of each kind a new page is sent first ({@link UpdateKind#replayed()}), and
 * whether updates are arriving: the health service publishes one every round and processing one at
 * least every few seconds, so a kind silent for longer than {@code staleAfter} has lost its
 * publisher, and a feed silent that long has lost Kafka.
 */
public final class LatestUpdates {

  private final Duration staleAfter;
  private final Map<UpdateKind, Update> latest = new EnumMap<>(UpdateKind.class);
  private final Map<UpdateKind, Instant> receivedAt = new EnumMap<>(UpdateKind.class);

  public LatestUpdates(Duration staleAfter) {
    this.staleAfter = staleAfter;
  }

  /** Keeps {@code update} if it is the newest of a replayed kind; notes that one arrived. */
  public synchronized void received(Update update, Instant now) {
    receivedAt.put(update.kind(), now);
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
    return lastReceived().map(t -> fresh(t, now)).orElse(false);
  }

  private Optional<Instant> lastReceived() {
    return receivedAt.values().stream().max(Instant::compareTo);
  }

  /** The feed as the pages are told it: live or not, and each replayed kind's freshness. */
  public synchronized FeedState feed(Instant now, Duration heartbeat) {
    Map<String, Boolean> kinds = new LinkedHashMap<>();
    for (UpdateKind kind : UpdateKind.values()) {
      if (kind.replayed()) {
        Instant at = receivedAt.get(kind);
        kinds.put(kind.wireName(), at != null && fresh(at, now));
      }
    }
    return new FeedState(live(now), kinds, lastReceived(), heartbeat.toMillis());
  }

  private boolean fresh(Instant received, Instant now) {
    return !now.isAfter(received.plus(staleAfter));
  }
}
