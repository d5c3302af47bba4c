package org.musicmuseum.loadtest.report;

import java.util.Arrays;
import java.util.Collection;

/**
 * Median, minimum and maximum of one figure over several runs. NaN values (a run that produced no
 * number) are left out; all NaN gives NaN. The median of an even count is the mean of the middle
 * two.
 */
public record Spread(double median, double min, double max, int count) {

  public static Spread of(Collection<Double> values) {
    double[] sorted =
        values.stream().mapToDouble(Double::doubleValue).filter(v -> !Double.isNaN(v)).toArray();
    if (sorted.length == 0) {
      return new Spread(Double.NaN, Double.NaN, Double.NaN, 0);
    }
    Arrays.sort(sorted);
    int n = sorted.length;
    double median = n % 2 == 1 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2;
    return new Spread(median, sorted[0], sorted[n - 1], n);
  }
}
