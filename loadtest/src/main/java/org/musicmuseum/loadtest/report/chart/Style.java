package org.musicmuseum.loadtest.report.chart;

import java.util.List;

/** The colours and dashes the charts share (Tableau 10; readable on white and in grey print). */
final class Style {

  static final String TEXT = "#222222";
  static final String MUTED = "#666666";
  static final String AXIS = "#333333";
  static final String GRID = "#e5e5e5";
  static final String OURS = "#4e79a7";
  static final String BASELINE = "#bab0ac";
  static final String TARGET = "#e15759";
  static final String MET = "#59a14f";
  static final String PHASE = "#9c9c9c";
  static final String DASH = "6 4";

  /** One colour per line, in legend order. */
  static final List<String> SERIES =
      List.of(
          "#4e79a7", "#f28e2b", "#59a14f", "#b07aa1", "#76b7b2", "#edc948", "#ff9da7", "#9c755f",
          "#e15759", "#bab0ac");

  private Style() {}

  static String series(int i) {
    return SERIES.get(i % SERIES.size());
  }

  /** Green when met, red when missed. */
  static String verdict(boolean met) {
    return met ? MET : TARGET;
  }
}
