package org.musicmuseum.processing.domain;

import jakarta.json.bind.annotation.JsonbProperty;
import jakarta.json.bind.annotation.JsonbPropertyOrder;
import java.time.Instant;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.musicmuseum.events.Positions;

/**
 * Everything processing persists, written in one atomic move: the statistics together with the
 * cursors they were computed up to, so a restart resumes exactly where the counts stop.
 *
 * @param format the shape's version, {@value #FORMAT} (format 1 kept row-id cursors: see {@link
 *     #FORMAT})
 * @param albumCursor the last album offset counted per partition ({@link Positions} text; empty:
 *     none)
 * @param singleCursor the last single offset counted per partition
 * @param numAlbumEvents albums counted
 * @param maxAlbumTrackCount most tracks of an album counted (0: none)
 * @param numSingleEvents singles counted
 * @param maxSingleSongDuration longest single counted, in seconds (0: none)
 * @param lastUpdated end of the last successful run before this was written; absent before one
 * @param artistEvents events per artist
 * @param minuteBuckets events per minute of event time in the last hour, oldest first
 * @param runs the last runs that counted rows, oldest first (absent in files written before the
 *     lookup of issue 16: read as none)
 */
@JsonbPropertyOrder({
  "format",
  "albumCursor",
  "singleCursor",
  "numAlbumEvents",
  "maxAlbumTrackCount",
  "numSingleEvents",
  "maxSingleSongDuration",
  "lastUpdated",
  "artistEvents",
  "minuteBuckets",
  "runs"
})
public record ProcessingState(
    int format,
    @JsonbProperty("album_cursor") String albumCursor,
    @JsonbProperty("single_cursor") String singleCursor,
    @JsonbProperty("num_album_events") long numAlbumEvents,
    @JsonbProperty("max_album_track_count") int maxAlbumTrackCount,
    @JsonbProperty("num_single_events") long numSingleEvents,
    @JsonbProperty("max_single_song_duration") double maxSingleSongDuration,
    @JsonbProperty("last_updated") Instant lastUpdated,
    @JsonbProperty("artist_events") Map<String, Long> artistEvents,
    @JsonbProperty("minute_buckets") List<MinuteCount> minuteBuckets,
    List<CountingRun> runs) {

  /**
   * The version of this shape: 2 since storage replicas write concurrently (issue 19) and the
   * cursors are per partition. A state of format 1, with row-id cursors, is not converted: it is
   * set aside and every stored row is counted again from the start.
   */
  public static final int FORMAT = 2;

  /** Refuses a state that cannot have been written by this service (a damaged file). */
  public ProcessingState {
    if (format != FORMAT) {
      throw new IllegalArgumentException("unknown format " + format);
    }
    if (albumCursor == null || singleCursor == null) {
      throw new IllegalArgumentException("album_cursor and single_cursor are required");
    }
    if (Positions.parse(albumCursor).isEmpty() || Positions.parse(singleCursor).isEmpty()) {
      throw new IllegalArgumentException("cursors must be partition:offset pairs");
    }
    if (numAlbumEvents < 0 || numSingleEvents < 0) {
      throw new IllegalArgumentException("counts cannot be negative");
    }
    if (maxAlbumTrackCount < 0 || !(maxSingleSongDuration >= 0)) {
      throw new IllegalArgumentException("maxima cannot be negative");
    }
    if (artistEvents == null || minuteBuckets == null) {
      throw new IllegalArgumentException("artist_events and minute_buckets are required");
    }
    if (artistEvents.entrySet().stream()
        .anyMatch(e -> e.getKey() == null || e.getValue() == null || e.getValue() < 1)) {
      throw new IllegalArgumentException("artist_events must count at least one event each");
    }
    if (minuteBuckets.stream().anyMatch(m -> m == null || m.minute() == null)) {
      throw new IllegalArgumentException("every minute bucket needs its minute");
    }
    artistEvents = Collections.unmodifiableSortedMap(new TreeMap<>(artistEvents));
    minuteBuckets = List.copyOf(minuteBuckets);
    runs = runs == null ? List.of() : List.copyOf(runs);
  }

  /** Nothing counted yet. */
  public static ProcessingState empty() {
    return new ProcessingState(FORMAT, "", "", 0, 0, 0, 0, null, Map.of(), List.of(), List.of());
  }

  /** The album cursor. */
  public Positions albumPositions() {
    return Positions.parse(albumCursor).orElseThrow();
  }

  /** The single cursor. */
  public Positions singlePositions() {
    return Positions.parse(singleCursor).orElseThrow();
  }
}
