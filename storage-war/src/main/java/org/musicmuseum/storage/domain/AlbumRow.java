package org.musicmuseum.storage.domain;

import jakarta.json.bind.annotation.JsonbProperty;
import jakarta.json.bind.annotation.JsonbPropertyOrder;
import java.time.Instant;

/** A stored album, as the storage API returns it. */
@JsonbPropertyOrder({
  "id",
  "traceId",
  "albumId",
  "albumName",
  "artistName",
  "albumTrackCount",
  "dateCreated",
  "receivedAt",
  "partition",
  "offset"
})
public record AlbumRow(
    long id,
    @JsonbProperty("trace_id") String traceId,
    @JsonbProperty("album_id") long albumId,
    @JsonbProperty("album_name") String albumName,
    @JsonbProperty("artist_name") String artistName,
    @JsonbProperty("album_track_count") int albumTrackCount,
    @JsonbProperty("date_created") Instant dateCreated,
    @JsonbProperty("received_at") Instant receivedAt,
    @JsonbProperty("kafka_partition") int partition,
    @JsonbProperty("kafka_offset") long offset) {}
