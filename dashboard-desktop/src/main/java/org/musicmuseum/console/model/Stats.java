package org.musicmuseum.console.model;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * The answer of processing's {@code GET /stats}.
 *
 * @param albums albums counted
 * @param maxTrackCount most tracks of an album
 * @param singles single songs counted
 * @param maxSongDuration longest single, in seconds
 * @param lastUpdated end of processing's last run; empty before its first
 * @param perMinute the last hour of event time, oldest first
 * @param topArtists the artists with the most events, most first
 */
public record Stats(
    long albums,
    int maxTrackCount,
    long singles,
    double maxSongDuration,
    Optional<Instant> lastUpdated,
    List<MinuteCount> perMinute,
    List<ArtistCount> topArtists) {

  public Stats {
    perMinute = List.copyOf(perMinute);
    topArtists = List.copyOf(topArtists);
  }
}
