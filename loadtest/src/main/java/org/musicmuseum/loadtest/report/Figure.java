package org.musicmuseum.loadtest.report;

import java.util.Map;

/**
 * One line of the results: what we measured ({@code ours}), against what ({@code baseline}, NaN
 * when the figure is absolute), the score compared with the target, and the raw details.
 *
 * @param number the item of issue 7 it answers (1–6)
 * @param baseline what {@code ours} is divided by for the score; NaN for an absolute value
 */
public record Figure(
    int number,
    String key,
    String what,
    double ours,
    double baseline,
    String unit,
    Target target,
    Map<String, Object> details) {

  public Figure {
    details = Map.copyOf(details);
  }

  /** An absolute value held against its target. */
  public static Figure value(
      int number,
      String key,
      String what,
      double ours,
      String unit,
      Target target,
      Map<String, Object> details) {
    return new Figure(number, key, what, ours, Double.NaN, unit, target, details);
  }

  /** {@code ours / baseline} for a ratio, else {@code ours}. */
  public double score() {
    return isRatio() ? ours / baseline : ours;
  }

  public boolean isRatio() {
    return !Double.isNaN(baseline);
  }

  public boolean met() {
    return target.holds(score());
  }

  /** "at least" or "at most" a limit. */
  public record Target(boolean atLeast, double limit) {

    public static Target atLeast(double limit) {
      return new Target(true, limit);
    }

    public static Target atMost(double limit) {
      return new Target(false, limit);
    }

    public boolean holds(double score) {
      return !Double.isNaN(score) && (atLeast ? score >= limit : score <= limit);
    }

    @Override
    public String toString() {
      return (atLeast ? "≥ " : "≤ ") + Numbers.format(limit);
    }
  }
}
