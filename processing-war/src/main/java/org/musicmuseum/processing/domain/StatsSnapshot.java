package org.musicmuseum.processing.domain;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * The statistics as of the end of a run, immutable, shared with the REST threads.
 *
 * @param numAlbumEvents albums counted
 * @param maxAlbumTrackCount most tracks of an album
 * @param numSingleEvents singles counted
 * @param maxSingleSongDuration longest single in seconds
 * @param lastUpdated end of the last successful run, if there was one
 * @param minuteBuckets minutes of the last hour that had events, oldest first
 * @param topArtists the ten artists with the most events
 */
public record StatsSnapshot(
    long numAlbumEvents,
    int maxAlbumTrackCount,
    long numSingleEvents,
    double maxSingleSongDuration,
    Optional<Instant> lastUpdated,
    List<MinuteCount> minuteBuckets,
    List<ArtistCount> topArtists) {

  /** How many artists the statistics rank. */
  public static final int TOP_ARTISTS = 10;

  public StatsSnapshot {
    minuteBuckets = List.copyOf(minuteBuckets);
    topArtists = List.copyOf(topArtists);
  }

  /** Albums and singles counted. */
  public long total() {
    return numAlbumEvents + numSingleEvents;
  }

  /** The statistics as {@code GET /stats} shows them at {@code now}. */
  public StatsView view(Instant now) {
    return new StatsView(
        numAlbumEvents,
        maxAlbumTrackCount,
        numSingleEvents,
        maxSingleSongDuration,
        lastUpdated.orElse(null),
        MinuteBuckets.window(minuteBuckets, now),
        topArtists);
  }
}
