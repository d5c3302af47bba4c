package org.musicmuseum.loadtest.report.chart;

import java.io.OutputStream;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import javax.xml.stream.XMLStreamException;
import org.musicmuseum.loadtest.report.Figure;
import org.musicmuseum.loadtest.report.Numbers;

/**
 * Throughput per phase (figures 1, 2 and 3): for each one measured, a bar for ours and one for the
 * baseline on a scale of their own (the units differ from figure to figure), the numbers at the
 * bars' ends, a dashed line where ours would meet the target, and the ratio against the target.
 */
final class ThroughputChart {

  static final Set<Integer> FIGURES = Set.of(1, 2, 3);

  private static final int WIDTH = 800;
  private static final int TOP = 44;
  private static final int BLOCK = 110;
  private static final double LEFT = 90;
  private static final double LONGEST = 560;
  private static final double BAR = 20;

  private ThroughputChart() {}

  /** The figures this chart shows, in number order; none when no throughput was measured. */
  static List<Figure> measured(List<Figure> figures) {
    return figures.stream()
        .filter(f -> FIGURES.contains(f.number()) && f.isRatio())
        .sorted(Comparator.comparingInt(Figure::number))
        .toList();
  }

  static void write(OutputStream out, List<Figure> figures) throws XMLStreamException {
    List<Figure> shown = measured(figures);
    int height = TOP + BLOCK * shown.size() + 6;
    try (Svg svg = new Svg(out, WIDTH, height, "Throughput: ours against the baseline")) {
      svg.text(
          20,
          26,
          "Throughput per phase: ours against the same machine without us",
          "font-size",
          "16",
          "font-weight",
          "bold",
          "fill",
          Style.TEXT);
      double top = TOP;
      for (Figure figure : shown) {
        block(svg, figure, top);
        top += BLOCK;
      }
    }
  }

  private static void block(Svg svg, Figure figure, double top) throws XMLStreamException {
    svg.group("class", "figure", "id", "figure-" + figure.number(), "fill", Style.TEXT);
    svg.text(20, top + 16, figure.number() + ". " + figure.what(), "font-weight", "bold");
    double atTarget = finite(figure.target().limit() * figure.baseline());
    double largest = Math.max(finite(figure.ours()), Math.max(finite(figure.baseline()), atTarget));
    double perUnit = largest > 0 ? LONGEST / largest : 0;
    bar(svg, "ours", figure.ours(), figure.unit(), top + 26, perUnit, atTarget, Style.OURS);
    bar(svg, "baseline", figure.baseline(), figure.unit(), top + 52, perUnit, 0, Style.BASELINE);
    if (perUnit > 0 && atTarget > 0) {
      double x = LEFT + atTarget * perUnit;
      svg.line(
          x,
          top + 22,
          x,
          top + 50,
          "class",
          "target",
          "stroke",
          Style.TARGET,
          "stroke-width",
          "2",
          "stroke-dasharray",
          Style.DASH);
    }
    svg.text(
        LEFT,
        top + 92,
        "ratio "
            + Numbers.format(figure.score())
            + ", target "
            + figure.target()
            + " (dashed line): "
            + (figure.met() ? "met" : "missed"),
        "class",
        "ratio",
        "font-weight",
        "bold",
        "fill",
        Style.verdict(figure.met()));
    svg.end();
  }

  /** A bar, its label before it and its value after it (and after {@code clear}, a line). */
  private static void bar(
      Svg svg,
      String label,
      double value,
      String unit,
      double y,
      double perUnit,
      double clear,
      String colour)
      throws XMLStreamException {
    double width = finite(value) * perUnit;
    svg.text(LEFT - 8, y + 15, label, "text-anchor", "end");
    svg.rect(LEFT, y, width, BAR, "class", "bar " + label, "fill", colour);
    double after = LEFT + Math.max(width, clear * perUnit + 2) + 6;
    svg.text(after, y + 15, Numbers.format(value) + " " + unit, "class", "value " + label);
  }

  private static double finite(double value) {
    return Double.isFinite(value) && value > 0 ? value : 0;
  }
}
