package org.musicmuseum.health.domain;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalDouble;

/**
 * The per-second increase of a counter over a window of reads: (newest − oldest) / their time
 * apart, where the oldest is the newest read at least one window before the newest (or the first
 * read while the window is not yet full). A counter that goes down was reset (its service
 * restarted): the reads before it are dropped.
 */
public final class RateWindow {

  private record Point(Instant at, long total) {}

  private final Duration window;
  private final List<Point> points = new ArrayList<>();

  public RateWindow(Duration window) {
    if (window.isNegative() || window.isZero()) {
      throw new IllegalArgumentException("the rate window must be positive, not " + window);
    }
    this.window = window;
  }

  public Duration window() {
    return window;
  }

  /** A read of the counter's {@code total} at {@code at} (reads come in time order). */
  public synchronized void add(Instant at, long total) {
    if (!points.isEmpty() && total < points.get(points.size() - 1).total()) {
      points.clear();
    }
    points.add(new Point(at, total));
    Instant start = at.minus(window);
    while (points.size() > 2 && !points.get(1).at().isAfter(start)) {
      points.remove(0);
    }
  }

  /** The increase per second over the window; empty until two reads at different times. */
  public synchronized OptionalDouble perSecond() {
    if (points.size() < 2) {
      return OptionalDouble.empty();
    }
    Point first = points.get(0);
    Point last = points.get(points.size() - 1);
    long millis = Duration.between(first.at(), last.at()).toMillis();
    if (millis <= 0) {
      return OptionalDouble.empty();
    }
    return OptionalDouble.of((last.total() - first.total()) * 1000.0 / millis);
  }
}
