package org.musicmuseum.loadtest.bench;

import java.util.ArrayList;
import java.util.List;
import org.musicmuseum.loadtest.report.chart.Point;

/**
 * A time series of at most {@code capacity} points (and the newest samples not yet making one),
 * however long the run: when it is full, each pair of neighbours becomes the higher of the two and
 * from then on one point is kept per twice as many samples (the highest of them). So the points
 * stay evenly spread over the whole run and the peaks stay in.
 */
final class BoundedSeries {

  private final double[] xs;
  private final double[] ys;
  private int size;

  /** Samples per point; doubles at each thinning. */
  private int stride = 1;

  /** Samples taken towards the next point, and the highest of them. */
  private int pending;

  private double pendingX;
  private double pendingY;

  BoundedSeries(int capacity) {
    if (capacity < 2 || capacity % 2 != 0) {
      throw new IllegalArgumentException("the capacity is even and at least 2: " + capacity);
    }
    xs = new double[capacity];
    ys = new double[capacity];
  }

  synchronized void add(double x, double y) {
    if (pending == 0 || y >= pendingY) {
      pendingX = x;
      pendingY = y;
    }
    pending++;
    if (pending < stride) {
      return;
    }
    pending = 0;
    if (size == xs.length) {
      thin();
    }
    xs[size] = pendingX;
    ys[size] = pendingY;
    size++;
  }

  private void thin() {
    for (int i = 0; i < size / 2; i++) {
      int higher = ys[2 * i + 1] > ys[2 * i] ? 2 * i + 1 : 2 * i;
      xs[i] = xs[higher];
      ys[i] = ys[higher];
    }
    size /= 2;
    stride *= 2;
  }

  /** The points so far, oldest first, with the highest of samples not yet making a point. */
  synchronized List<Point> points() {
    List<Point> points = new ArrayList<>(size + 1);
    for (int i = 0; i < size; i++) {
      points.add(new Point(xs[i], ys[i]));
    }
    if (pending > 0) {
      points.add(new Point(pendingX, pendingY));
    }
    return points;
  }

  /** Samples per point now. */
  synchronized int stride() {
    return stride;
  }
}
