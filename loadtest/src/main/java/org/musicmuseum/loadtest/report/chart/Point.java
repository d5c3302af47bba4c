package org.musicmuseum.loadtest.report.chart;

/**
 * One sample of a line: {@code x} in its unit (seconds since the run started), {@code y} in its.
 */
public record Point(double x, double y) {}
