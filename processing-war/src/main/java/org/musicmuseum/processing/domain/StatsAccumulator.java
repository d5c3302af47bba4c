package org.musicmuseum.processing.domain;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.musicmuseum.events.Positions;

/**
 * The running statistics and the cursors they were counted up to: per event type, the last offset
 * counted in each partition. A row counts once: a row at or before its type's cursor in its
 * partition is skipped, and each counted row moves the cursor to its offset. Not thread-safe; one
 * run at a time uses it.
 */
public final class StatsAccumulator {

  private Positions albumCursor;
  private Positions singleCursor;
  private long numAlbums;
  private long numSingles;
  private int maxTrackCount;
  private double maxSongDuration;
  private Instant lastUpdated;
  private final ArtistCounts artists;
  private final MinuteBuckets minutes;
  private RunLog runs;
  private Positions runAlbumsAfter;
  private Positions runSinglesAfter;

  private StatsAccumulator(
      ProcessingState state, int artistCapacity, int runCapacity, Instant now) {
    albumCursor = state.albumPositions();
    singleCursor = state.singlePositions();
    numAlbums = state.numAlbumEvents();
    numSingles = state.numSingleEvents();
    maxTrackCount = state.maxAlbumTrackCount();
    maxSongDuration = state.maxSingleSongDuration();
    lastUpdated = state.lastUpdated();
    artists = ArtistCounts.of(state.artistEvents(), artistCapacity);
    minutes = MinuteBuckets.of(state.minuteBuckets(), now);
    runs = RunLog.of(state.runs(), runCapacity);
    runAlbumsAfter = albumCursor;
    runSinglesAfter = singleCursor;
  }

  /**
   * Continues from a persisted state (use {@link ProcessingState#empty()} to start from zero),
   * keeping at most {@code runCapacity} runs in the run log.
   */
  public static StatsAccumulator restore(
      ProcessingState state, int artistCapacity, int runCapacity, Instant now) {
    return new StatsAccumulator(state, artistCapacity, runCapacity, now);
  }

  /** The last album offset counted per partition. */
  public Positions albumCursor() {
    return albumCursor;
  }

  /** The last single offset counted per partition. */
  public Positions singleCursor() {
    return singleCursor;
  }

  /** Counts the albums after the cursor; returns how many were counted. */
  public int applyAlbums(List<AlbumRow> rows, Instant now) {
    int counted = 0;
    for (AlbumRow row : rows) {
      if (!albumCursor.includes(row.partition(), row.offset())) {
        albumCursor = albumCursor.after(row.partition(), row.offset());
        numAlbums++;
        maxTrackCount = Math.max(maxTrackCount, row.albumTrackCount());
        artists.add(row.artistName());
        minutes.addAlbum(row.dateCreated(), now);
        counted++;
      }
    }
    return counted;
  }

  /** Counts the singles after the cursor; returns how many were counted. */
  public int applySingles(List<SingleRow> rows, Instant now) {
    int counted = 0;
    for (SingleRow row : rows) {
      if (!singleCursor.includes(row.partition(), row.offset())) {
        singleCursor = singleCursor.after(row.partition(), row.offset());
        numSingles++;
        maxSongDuration = Math.max(maxSongDuration, row.songDuration());
        artists.add(row.artistName());
        minutes.addSingle(row.dateCreated(), now);
        counted++;
      }
    }
    return counted;
  }

  /**
   * Ends a run (successful or not): when it counted rows, the run log gets an entry with the
   * offsets it counted.
   */
  public void closeRun(Instant at) {
    runs = runs.close(runAlbumsAfter, runSinglesAfter, albumCursor, singleCursor, at);
    runAlbumsAfter = albumCursor;
    runSinglesAfter = singleCursor;
  }

  /** Which run counted what, as of the last {@link #closeRun}. */
  public RunLedger ledger() {
    return new RunLedger(runs, runAlbumsAfter, runSinglesAfter);
  }

  /** Records the end of a successful run. */
  public void markUpdated(Instant at) {
    lastUpdated = at;
  }

  /** Everything to persist, as of {@code now}. */
  public ProcessingState toState(Instant now) {
    minutes.prune(now);
    return new ProcessingState(
        ProcessingState.FORMAT,
        albumCursor.text(),
        singleCursor.text(),
        numAlbums,
        maxTrackCount,
        numSingles,
        maxSongDuration,
        lastUpdated,
        artists.asMap(),
        minutes.asList(),
        runs.runs());
  }

  /** The statistics to serve, as of {@code now}. */
  public StatsSnapshot snapshot(Instant now) {
    minutes.prune(now);
    return new StatsSnapshot(
        numAlbums,
        maxTrackCount,
        numSingles,
        maxSongDuration,
        Optional.ofNullable(lastUpdated),
        minutes.asList(),
        artists.top(StatsSnapshot.TOP_ARTISTS));
  }
}
