package org.musicmuseum.loadtest.report.chart;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A linear map from values ({@code min} to {@code max}) to pixels ({@code from} to {@code to}; to
 * may be smaller than from, as on a y axis), and round tick values on it.
 *
 * @param step the distance between two ticks
 */
record Scale(double min, double max, double from, double to, double step) {

  /**
   * A scale from {@code min} up to the first tick at or above {@code top}, with about {@code ticks}
   * ticks a round step apart (1, 2 or 5 times a power of ten).
   */
  static Scale of(double min, double top, int ticks, double from, double to) {
    double span = Double.isFinite(top) && top > min ? top - min : 1;
    double step = roundStep(span / ticks);
    double max = min + Math.ceil(span / step - 1e-9) * step;
    return new Scale(min, max, from, to, step);
  }

  /** 1, 2 or 5 times a power of ten, at or above {@code rough}. */
  static double roundStep(double rough) {
    double power = Math.pow(10, Math.floor(Math.log10(rough)));
    double fraction = rough / power;
    double factor = fraction <= 1 ? 1 : fraction <= 2 ? 2 : fraction <= 5 ? 5 : 10;
    return factor * power;
  }

  /** The pixel of {@code value}. */
  double at(double value) {
    return from + (value - min) / (max - min) * (to - from);
  }

  /** Whether {@code value} lies on the scale. */
  boolean contains(double value) {
    return value >= min && value <= max;
  }

  List<Double> ticks() {
    List<Double> ticks = new ArrayList<>();
    long count = Math.round((max - min) / step);
    for (long i = 0; i <= count; i++) {
      ticks.add(min + i * step);
    }
    return ticks;
  }

  /** A tick's label, with as many decimals as the step needs and thousands separated. */
  String label(double value) {
    int decimals = step >= 1 ? 0 : (int) Math.ceil(-Math.log10(step) - 1e-9);
    return String.format(Locale.ROOT, "%,." + decimals + "f", value);
  }
}
