package org.musicmuseum.processing.domain;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Events per minute of event time over the last hour. Buckets older than the window are dropped;
 * events stamped more than an hour ahead of this clock are ignored (a skewed sender cannot grow the
 * state). Not thread-safe.
 */
public final class MinuteBuckets {

  /** Minutes in the window, the current one included. */
  public static final int WINDOW_MINUTES = 60;

  private static final Duration MAX_AHEAD = Duration.ofMinutes(WINDOW_MINUTES);

  private final NavigableMap<Instant, MinuteCount> buckets = new TreeMap<>();

  /** Buckets restored from the state file, without those that left the window. */
  public static MinuteBuckets of(List<MinuteCount> restored, Instant now) {
    MinuteBuckets minutes = new MinuteBuckets();
    for (MinuteCount m : restored) {
      minutes.add(m.minute(), m.albums(), m.singles(), now);
    }
    return minutes;
  }

  public void addAlbum(Instant eventTime, Instant now) {
    add(eventTime, 1, 0, now);
  }

  public void addSingle(Instant eventTime, Instant now) {
    add(eventTime, 0, 1, now);
  }

  private void add(Instant eventTime, long albums, long singles, Instant now) {
    Instant minute = eventTime.truncatedTo(ChronoUnit.MINUTES);
    if (minute.isBefore(windowStart(now)) || minute.isAfter(now.plus(MAX_AHEAD))) {
      return;
    }
    buckets.merge(
        minute,
        new MinuteCount(minute, albums, singles),
        (old, more) -> old.plus(more.albums(), more.singles()));
  }

  /** Drops the buckets that left the window. */
  public void prune(Instant now) {
    buckets.headMap(windowStart(now), false).clear();
  }

  /** The kept buckets, oldest first (only minutes that had events). */
  public List<MinuteCount> asList() {
    return List.copyOf(buckets.values());
  }

  /**
   * The {@value #WINDOW_MINUTES} minutes up to and including the one of {@code now}, oldest first,
   * with zeros where {@code kept} has no bucket.
   */
  public static List<MinuteCount> window(List<MinuteCount> kept, Instant now) {
    Map<Instant, MinuteCount> byMinute =
        kept.stream().collect(Collectors.toMap(MinuteCount::minute, Function.identity()));
    List<MinuteCount> window = new ArrayList<>(WINDOW_MINUTES);
    Instant minute = windowStart(now);
    for (int i = 0; i < WINDOW_MINUTES; i++) {
      window.add(byMinute.getOrDefault(minute, new MinuteCount(minute, 0, 0)));
      minute = minute.plus(1, ChronoUnit.MINUTES);
    }
    return window;
  }

  /** The first minute of the window that ends with the minute of {@code now}. */
  static Instant windowStart(Instant now) {
    return now.truncatedTo(ChronoUnit.MINUTES).minus(WINDOW_MINUTES - 1L, ChronoUnit.MINUTES);
  }
}
