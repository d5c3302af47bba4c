package org.musicmuseum.loadtest.report.chart;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What the RSS chart draws: the samples of each service (MB over seconds since the run started, in
 * legend order), where each phase began, and the limit every service is held to.
 */
public record Timeline(Map<String, List<Point>> series, List<Marker> phases, double limit) {

  public Timeline {
    Map<String, List<Point>> copy = new LinkedHashMap<>();
    series.forEach((name, points) -> copy.put(name, List.copyOf(points)));
    series = Collections.unmodifiableMap(copy);
    phases = List.copyOf(phases);
  }

  /** Whether there is anything to draw. */
  public boolean isEmpty() {
    return series.values().stream().allMatch(List::isEmpty);
  }

  /** The last sample's time, 0 without samples. */
  public double end() {
    return series.values().stream().flatMap(List::stream).mapToDouble(Point::x).max().orElse(0);
  }
}
