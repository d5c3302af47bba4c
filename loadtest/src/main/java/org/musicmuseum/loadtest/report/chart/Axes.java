package org.musicmuseum.loadtest.report.chart;

import javax.xml.stream.XMLStreamException;

/**
 * The frame of a plot: a y axis on the left with a grid line per tick, an x axis at the bottom with
 * tick marks, each with its ticks' labels and a title. The scales' pixel ranges are the plot area.
 */
final class Axes {

  private Axes() {}

  static void draw(Svg svg, Scale x, Scale y, String xTitle, String yTitle)
      throws XMLStreamException {
    double left = x.from();
    double right = x.to();
    double bottom = y.from();
    double top = y.to();
    svg.group("class", "axes", "fill", Style.TEXT);
    for (double tick : y.ticks()) {
      double py = y.at(tick);
      svg.line(left, py, right, py, "stroke", Style.GRID);
      svg.text(left - 6, py + 4, y.label(tick), "class", "tick-y", "text-anchor", "end");
    }
    for (double tick : x.ticks()) {
      double px = x.at(tick);
      svg.line(px, bottom, px, bottom + 5, "stroke", Style.AXIS);
      svg.text(px, bottom + 18, x.label(tick), "class", "tick-x", "text-anchor", "middle");
    }
    svg.line(left, bottom, right, bottom, "stroke", Style.AXIS);
    svg.line(left, top, left, bottom, "stroke", Style.AXIS);
    svg.text((left + right) / 2, bottom + 36, xTitle, "class", "title-x", "text-anchor", "middle");
    double middle = (top + bottom) / 2;
    svg.text(
        16,
        middle,
        yTitle,
        "class",
        "title-y",
        "text-anchor",
        "middle",
        "transform",
        "rotate(-90 16 " + Svg.num(middle) + ")");
    svg.end();
  }
}
