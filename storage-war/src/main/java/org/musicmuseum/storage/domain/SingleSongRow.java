package org.musicmuseum.storage.domain;

import jakarta.json.bind.annotation.JsonbProperty;
import jakarta.json.bind.annotation.JsonbPropertyOrder;
import java.time.Instant;

/** A stored single song, as the storage API returns it. */
@JsonbPropertyOrder({
  "id",
  "traceId",
  "songId",
  "songName",
  "artistName",
  "songDuration",
  "dateCreated",
  "receivedAt",
  "partition",
  "offset"
})
public record SingleSongRow(
    long id,
    @JsonbProperty("trace_id") String traceId,
    @JsonbProperty("song_id") long songId,
    @JsonbProperty("song_name") String songName,
    @JsonbProperty("artist_name") String artistName,
    @JsonbProperty("song_duration") double songDuration,
    @JsonbProperty("date_created") Instant dateCreated,
    @JsonbProperty("received_at") Instant receivedAt,
    @JsonbProperty("kafka_partition") int partition,
    @JsonbProperty("kafka_offset") long offset) {}
