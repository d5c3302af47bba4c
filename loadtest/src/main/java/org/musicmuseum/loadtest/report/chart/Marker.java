package org.musicmuseum.loadtest.report.chart;

/** A labelled moment on a time axis: where a phase of the run began. */
public record Marker(double x, String label) {}
