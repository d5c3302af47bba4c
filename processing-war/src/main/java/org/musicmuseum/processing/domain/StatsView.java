package org.musicmuseum.processing.domain;

import jakarta.json.bind.annotation.JsonbProperty;
import jakarta.json.bind.annotation.JsonbPropertyOrder;
import java.time.Instant;
import java.util.List;

/**
 * The answer of {@code GET /stats}.
 *
 * @param numAlbumEvents albums counted
 * @param maxAlbumTrackCount most tracks of an album (0 before the first album)
 * @param numSingleEvents singles counted
 * @param maxSingleSongDuration longest single in seconds (0 before the first single)
 * @param lastUpdated end of the last successful run; {@code null}, hence absent from the JSON,
 *     before the first one
 * @param eventsPerMinute the last 60 minutes of event time, oldest first
 * @param topArtists the ten artists with the most events, ties by name
 */
@JsonbPropertyOrder({
  "numAlbumEvents",
  "maxAlbumTrackCount",
  "numSingleEvents",
  "maxSingleSongDuration",
  "lastUpdated",
  "eventsPerMinute",
  "topArtists"
})
public record StatsView(
    @JsonbProperty("num_album_events") long numAlbumEvents,
    @JsonbProperty("max_album_track_count") int maxAlbumTrackCount,
    @JsonbProperty("num_single_events") long numSingleEvents,
    @JsonbProperty("max_single_song_duration") double maxSingleSongDuration,
    @JsonbProperty("last_updated") Instant lastUpdated,
    @JsonbProperty("events_per_minute") List<MinuteCount> eventsPerMinute,
    @JsonbProperty("top_artists") List<ArtistCount> topArtists) {}
