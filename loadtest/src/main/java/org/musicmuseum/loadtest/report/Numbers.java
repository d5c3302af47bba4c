package org.musicmuseum.loadtest.report;

import java.util.Locale;

/** Numbers as the tables show them: three significant digits, thousands separated. */
public final class Numbers {

  private Numbers() {}

  public static String format(double value) {
    if (Double.isNaN(value)) {
      return "–";
    }
    double abs = Math.abs(value);
    if (abs >= 1000) {
      return String.format(Locale.ROOT, "%,.0f", value);
    }
    if (abs >= 100) {
      return String.format(Locale.ROOT, "%.0f", value);
    }
    if (abs >= 10) {
      return String.format(Locale.ROOT, "%.1f", value);
    }
    return String.format(Locale.ROOT, "%.2f", value);
  }
}
