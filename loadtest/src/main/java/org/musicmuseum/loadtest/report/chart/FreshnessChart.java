package org.musicmuseum.loadtest.report.chart;

import java.io.OutputStream;
import java.util.Locale;
import javax.xml.stream.XMLStreamException;
import org.musicmuseum.loadtest.report.Figure.Target;
import org.musicmuseum.loadtest.report.Histogram;
import org.musicmuseum.loadtest.report.Numbers;

/**
 * Figure 4's distribution: a histogram of the per-event freshness (201 → counted, ms) with p50, p99
 * and the target as vertical lines. The x axis reaches a quarter beyond the larger of p99 and the
 * target; the events beyond it are counted in a note, not drawn.
 */
final class FreshnessChart {

  private static final int WIDTH = 800;
  private static final int HEIGHT = 420;
  private static final double LEFT = 70;
  private static final double RIGHT = 770;
  private static final double TOP = 60;
  private static final double BOTTOM = 360;

  private FreshnessChart() {}

  static void write(
      OutputStream out, String title, Histogram histogram, double p50, double p99, Target target)
      throws XMLStreamException {
    double reach = Math.max(Double.isNaN(p99) ? 0 : p99, target.limit()) * 1.25;
    Scale x = Scale.of(0, reach, 8, LEFT, RIGHT);
    double width = histogram.width();
    int shown = (int) Math.min(histogram.buckets(), Math.floor(x.max() / width + 1e-9));
    int highest = 1;
    int beyond = histogram.above();
    for (int i = 0; i < histogram.buckets(); i++) {
      if (i < shown) {
        highest = Math.max(highest, histogram.count(i));
      } else {
        beyond += histogram.count(i);
      }
    }
    Scale y = Scale.of(0, highest, 5, BOTTOM, TOP);
    try (Svg svg = new Svg(out, WIDTH, HEIGHT, title)) {
      svg.text(20, 26, title, "font-size", "16", "font-weight", "bold", "fill", Style.TEXT);
      Axes.draw(
          svg,
          x,
          y,
          "freshness: 201 → counted in /processing/stats (ms)",
          "events per " + Svg.num(width) + " ms");
      svg.group("class", "buckets", "fill", Style.OURS);
      double gap = x.at(width) - x.at(0) > 3 ? 1 : 0;
      for (int i = 0; i < shown; i++) {
        int count = histogram.count(i);
        if (count > 0) {
          double left = x.at(i * width);
          double barWidth = x.at((i + 1) * width) - left - gap;
          svg.rect(left, y.at(count), barWidth, BOTTOM - y.at(count), "class", "bucket");
        }
      }
      svg.end();
      marker(svg, x, "p50", p50, "p50 " + Numbers.format(p50) + " ms", Style.MUTED, 0);
      marker(svg, x, "p99", p99, "p99 " + Numbers.format(p99) + " ms", Style.TEXT, 1);
      String goal = "target " + target + " ms";
      marker(svg, x, "target", target.limit(), goal, Style.TARGET, 2);
      if (beyond > 0) {
        String note =
            String.format(
                Locale.ROOT,
                "%,d events beyond %s ms (the slowest %s ms) are not drawn",
                beyond,
                x.label(x.max()),
                Numbers.format(histogram.max()));
        svg.text(
            RIGHT, TOP - 12, note, "class", "beyond", "text-anchor", "end", "fill", Style.TEXT);
      }
    }
  }

  /** A vertical line at {@code value} with its label in row {@code row} from the top. */
  private static void marker(
      Svg svg, Scale x, String name, double value, String label, String colour, int row)
      throws XMLStreamException {
    if (Double.isNaN(value) || !x.contains(value)) {
      return;
    }
    double px = x.at(value);
    svg.line(
        px,
        TOP,
        px,
        BOTTOM,
        "class",
        name,
        "stroke",
        colour,
        "stroke-width",
        "2",
        "stroke-dasharray",
        name.equals("target") ? Style.DASH : "none");
    boolean leftOfLine = px > RIGHT - 140;
    svg.label(
        leftOfLine ? px - 5 : px + 5,
        TOP + 16 + row * 16,
        label,
        "class",
        "label " + name,
        "text-anchor",
        leftOfLine ? "end" : "start",
        "fill",
        colour);
  }
}
