package org.musicmuseum.dashboard.domain;

import jakarta.json.bind.annotation.JsonbProperty;
import jakarta.json.bind.annotation.JsonbPropertyOrder;
import java.time.Instant;
import java.util.Optional;

/**
 * The {@code feed} event of {@code GET /api/updates}: whether updates are arriving from the topic
 * (if not, the page polls), when the last one came, and how often this event is repeated.
 */
@JsonbPropertyOrder({"live", "last_update", "heartbeat_ms"})
public record FeedState(
    boolean live,
    @JsonbProperty("last_update") Optional<Instant> lastUpdate,
    @JsonbProperty("heartbeat_ms") long heartbeatMillis) {}
