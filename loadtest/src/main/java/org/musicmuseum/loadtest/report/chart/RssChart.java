package org.musicmuseum.loadtest.report.chart;

import java.io.OutputStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import javax.xml.stream.XMLStreamException;
import org.musicmuseum.loadtest.report.Numbers;

/**
 * The RSS of every service over the whole run: a line per service (legend on the right, with each
 * one's peak), the start of each phase as a labelled vertical line, the limit as a horizontal one.
 */
final class RssChart {

  /** A pause in a service's samples longer than this (and than ten spacings) is drawn as a gap. */
  static final double GAP_SECONDS = 5;

  private static final int WIDTH = 800;
  private static final int HEIGHT = 460;
  private static final double LEFT = 60;
  private static final double RIGHT = 640;
  private static final double TOP = 50;
  private static final double BOTTOM = 400;
  private static final double LEGEND = 660;

  private RssChart() {}

  static void write(OutputStream out, Timeline timeline) throws XMLStreamException {
    double peak = 0;
    for (List<Point> points : timeline.series().values()) {
      peak = Math.max(peak, peak(points));
    }
    double end = timeline.end();
    for (Marker phase : timeline.phases()) {
      end = Math.max(end, phase.x());
    }
    Scale x = Scale.of(0, end, 10, LEFT, RIGHT);
    Scale y = Scale.of(0, Math.max(timeline.limit() * 1.1, peak * 1.05), 6, BOTTOM, TOP);
    String title = "RSS of every service over the run (MB, sampled every 0.5 s)";
    try (Svg svg = new Svg(out, WIDTH, HEIGHT, title)) {
      svg.text(20, 26, title, "font-size", "16", "font-weight", "bold", "fill", Style.TEXT);
      Axes.draw(svg, x, y, "seconds since the run started", "RSS (MB)");
      phases(svg, x, timeline.phases());
      double limit = y.at(timeline.limit());
      svg.line(
          LEFT,
          limit,
          RIGHT,
          limit,
          "class",
          "limit",
          "stroke",
          Style.TARGET,
          "stroke-width",
          "2",
          "stroke-dasharray",
          Style.DASH);
      int i = 0;
      for (Map.Entry<String, List<Point>> service : timeline.series().entrySet()) {
        line(svg, x, y, service.getKey(), service.getValue(), Style.series(i));
        legend(svg, i, service.getKey(), peak(service.getValue()), timeline.limit());
        i++;
      }
      double legend = TOP + 10 + i * 36;
      svg.line(
          LEGEND,
          legend,
          LEGEND + 24,
          legend,
          "stroke",
          Style.TARGET,
          "stroke-width",
          "2",
          "stroke-dasharray",
          Style.DASH);
      String target = "target ≤ " + Numbers.format(timeline.limit()) + " MB";
      svg.text(LEGEND + 30, legend + 4, target, "class", "limit-label", "fill", Style.TARGET);
      svg.text(
          LEGEND + 30, legend + 19, "for every service", "font-size", "11", "fill", Style.TARGET);
    }
  }

  private static void phases(Svg svg, Scale x, List<Marker> phases) throws XMLStreamException {
    svg.group("class", "phases", "fill", Style.MUTED, "font-size", "11");
    for (Marker phase : phases) {
      double px = x.at(phase.x());
      svg.line(
          px, TOP, px, BOTTOM, "class", "phase", "stroke", Style.PHASE, "stroke-dasharray", "2 3");
      double lx = px + 12;
      svg.label(
          lx,
          TOP + 4,
          phase.label(),
          "class",
          "phase-label",
          "text-anchor",
          "end",
          "transform",
          "rotate(-90 " + Svg.num(lx) + " " + Svg.num(TOP + 4) + ")");
    }
    svg.end();
  }

  private static void line(
      Svg svg, Scale x, Scale y, String name, List<Point> points, String colour)
      throws XMLStreamException {
    for (List<Point> stretch : stretches(points)) {
      List<Point> pixels = new ArrayList<>(stretch.size());
      for (Point p : stretch) {
        pixels.add(new Point(x.at(p.x()), y.at(p.y())));
      }
      svg.polyline(
          pixels, "class", "series", "data-service", name, "stroke", colour, "stroke-width", "1.5");
    }
  }

  /**
   * The samples cut where the service was not running (stopped between phases): a gap of more than
   * {@link #GAP_SECONDS} or ten times the usual spacing, whichever is longer, ends a stretch.
   */
  static List<List<Point>> stretches(List<Point> points) {
    double[] spacing = new double[Math.max(0, points.size() - 1)];
    for (int i = 1; i < points.size(); i++) {
      spacing[i - 1] = points.get(i).x() - points.get(i - 1).x();
    }
    double usual =
        spacing.length == 0 ? 0 : Arrays.stream(spacing).sorted().toArray()[spacing.length / 2];
    double gap = Math.max(GAP_SECONDS, 10 * usual);
    List<List<Point>> stretches = new ArrayList<>();
    List<Point> current = new ArrayList<>();
    for (int i = 0; i < points.size(); i++) {
      if (i > 0 && spacing[i - 1] > gap) {
        stretches.add(current);
        current = new ArrayList<>();
      }
      current.add(points.get(i));
    }
    if (!current.isEmpty()) {
      stretches.add(current);
    }
    return stretches;
  }

  private static void legend(Svg svg, int i, String name, double peak, double limit)
      throws XMLStreamException {
    double top = TOP + 10 + i * 36;
    svg.line(LEGEND, top, LEGEND + 24, top, "stroke", Style.series(i), "stroke-width", "3");
    svg.text(LEGEND + 30, top + 4, name, "class", "legend", "fill", Style.TEXT);
    svg.text(
        LEGEND + 30,
        top + 19,
        "peak " + Numbers.format(peak) + " MB",
        "class",
        "legend-peak",
        "font-size",
        "11",
        "fill",
        peak > limit ? Style.TARGET : Style.MUTED);
  }

  private static double peak(List<Point> points) {
    return points.stream().mapToDouble(Point::y).max().orElse(0);
  }
}
