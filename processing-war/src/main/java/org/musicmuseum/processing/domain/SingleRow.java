package org.musicmuseum.processing.domain;

import jakarta.json.bind.annotation.JsonbProperty;
import java.time.Instant;

/**
 * A stored single as storage lists it; only the fields the statistics need (others are ignored).
 */
public record SingleRow(
    @JsonbProperty("kafka_partition") int partition,
    @JsonbProperty("kafka_offset") long offset,
    @JsonbProperty("artist_name") String artistName,
    @JsonbProperty("song_duration") double songDuration,
    @JsonbProperty("date_created") Instant dateCreated)
    implements StoredRow {}
