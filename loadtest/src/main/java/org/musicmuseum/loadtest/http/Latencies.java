package org.musicmuseum.loadtest.http;

import java.util.Arrays;

/** Recorded durations in nanoseconds, for percentiles; one instance per thread, then merged. */
public final class Latencies {

  private long[] values = new long[1024];
  private int size;

  public void add(long nanos) {
    if (size == values.length) {
      values = Arrays.copyOf(values, size * 2);
    }
    values[size++] = nanos;
  }

  public void addAll(Latencies other) {
    for (int i = 0; i < other.size; i++) {
      add(other.values[i]);
    }
  }

  public int count() {
    return size;
  }

  /** Every recorded duration in milliseconds, in the order recorded (a copy). */
  public double[] millis() {
    double[] millis = new double[size];
    for (int i = 0; i < size; i++) {
      millis[i] = values[i] / 1e6;
    }
    return millis;
  }

  /**
   * The value at percentile {@code p} (0–100) by the nearest-rank method, in milliseconds; NaN when
   * nothing was recorded.
   */
  public double percentileMillis(double p) {
    if (size == 0) {
      return Double.NaN;
    }
    if (p < 0 || p > 100) {
      throw new IllegalArgumentException("a percentile is between 0 and 100: " + p);
    }
    long[] sorted = Arrays.copyOf(values, size);
    Arrays.sort(sorted);
    int rank = (int) Math.ceil(p / 100.0 * size);
    return sorted[Math.max(0, rank - 1)] / 1e6;
  }
}
