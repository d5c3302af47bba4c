package org.musicmuseum.loadtest.report;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import java.util.Arrays;

/**
 * Values counted in buckets of one width from 0 ({@code [i * width, (i + 1) * width)}), at most
 * {@link #MAX_BUCKETS}; values beyond the last bucket are only counted ({@link #above()}). Small
 * enough for results.json, where the raw values (30,000 freshness values) would not be.
 */
public final class Histogram {

  public static final int MAX_BUCKETS = 400;

  private final double width;
  private final int[] counts;
  private final int above;
  private final double max;

  private Histogram(double width, int[] counts, int above, double max) {
    this.width = width;
    this.counts = counts;
    this.above = above;
    this.max = max;
  }

  /** Buckets up to the largest value (at most {@link #MAX_BUCKETS}); negative values count as 0. */
  public static Histogram of(double[] values, double width) {
    if (!(width > 0)) {
      throw new IllegalArgumentException("a bucket width is positive: " + width);
    }
    double max = Arrays.stream(values).max().orElse(Double.NaN);
    int buckets =
        values.length == 0
            ? 0
            : (int) Math.max(1, Math.min(MAX_BUCKETS, Math.floor(Math.max(0, max) / width) + 1));
    int[] counts = new int[buckets];
    int above = 0;
    for (double value : values) {
      long bucket = (long) Math.floor(Math.max(0, value) / width);
      if (bucket < counts.length) {
        counts[(int) bucket]++;
      } else {
        above++;
      }
    }
    return new Histogram(width, counts, above, max);
  }

  public double width() {
    return width;
  }

  public int buckets() {
    return counts.length;
  }

  /** Values in bucket {@code i}: from {@code i * width()} up to, not including, the next. */
  public int count(int i) {
    return counts[i];
  }

  /** Values at or beyond {@code buckets() * width()}. */
  public int above() {
    return above;
  }

  /** The largest value; NaN when there was none. */
  public double max() {
    return max;
  }

  public int total() {
    return Arrays.stream(counts).sum() + above;
  }

  public JsonObject toJson() {
    JsonArrayBuilder list = Json.createArrayBuilder();
    Arrays.stream(counts).forEach(list::add);
    return Json.createObjectBuilder()
        .add("bucket", width)
        .add("counts", list)
        .add("above", above)
        .add("max", Double.isNaN(max) ? 0 : Math.round(max * 1000) / 1000.0)
        .build();
  }
}
