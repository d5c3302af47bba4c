package org.musicmuseum.dashboard.domain;

import jakarta.json.bind.annotation.JsonbProperty;
import jakarta.json.bind.annotation.JsonbPropertyOrder;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;

/**
 * The {@code feed} event of {@code GET /api/updates}: whether updates are arriving from the topic
 * (if not, the page polls), which kinds of them are (a kind whose publisher is away, processing or
 * health, is polled by the page even while the others arrive), when the last one came, and how
 * often this event is repeated.
 */
@JsonbPropertyOrder({"live", "kinds", "last_update", "heartbeat_ms"})
public record FeedState(
    boolean live,
    Map<String, Boolean> kinds,
    @JsonbProperty("last_update") Optional<Instant> lastUpdate,
    @JsonbProperty("heartbeat_ms") long heartbeatMillis) {

  public FeedState {
    kinds = Map.copyOf(kinds);
  }
}
