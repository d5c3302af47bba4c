package org.musicmuseum.loadtest.report.chart;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Element;

class RssChartTest {

  private static List<Point> ramp(int samples, double from, double to) {
    List<Point> points = new ArrayList<>();
    for (int i = 0; i < samples; i++) {
      points.add(new Point(i * 0.5, from + (to - from) * i / (samples - 1)));
    }
    return points;
  }

  private static SvgDom draw(Timeline timeline) throws Exception {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    RssChart.write(out, timeline);
    return SvgDom.parse(out.toByteArray());
  }

  private static final Timeline TIMELINE;

  static {
    Map<String, List<Point>> series = new LinkedHashMap<>();
    series.put("receiver", ramp(1200, 100, 240));
    series.put("storage", ramp(900, 80, 300));
    TIMELINE =
        new Timeline(
            series, List.of(new Marker(0, "stack start"), new Marker(60, "receiver & <co>")), 256);
  }

  @Test
  void aLinePerServiceWithEverySampleAndALegend() throws Exception {
    SvgDom svg = draw(TIMELINE);

    svg.assertPlainPage(800);
    List<Element> lines = svg.all("polyline", "series");
    assertThat(lines)
        .extracting(e -> e.getAttribute("data-service"))
        .containsExactly("receiver", "storage");
    assertThat(lines.get(0).getAttribute("points").split(" ")).hasSize(1200);
    assertThat(lines.get(1).getAttribute("points").split(" ")).hasSize(900);
    assertThat(lines.get(0).getAttribute("stroke"))
        .isNotEqualTo(lines.get(1).getAttribute("stroke"));
    assertThat(svg.all("text", "legend"))
        .extracting(Element::getTextContent)
        .containsExactly("receiver", "storage");
    List<Element> peaks = svg.all("text", "legend-peak");
    assertThat(peaks.get(0).getTextContent()).isEqualTo("peak 240 MB");
    assertThat(peaks.get(1).getAttribute("fill")).isEqualTo(Style.TARGET); // 300 > 256
  }

  @Test
  void aServiceStoppedForAWhileIsDrawnWithAGapNotAcrossIt() throws Exception {
    List<Point> stopped = new ArrayList<>(ramp(100, 100, 150)); // 0 .. 49.5 s
    stopped.addAll(
        ramp(60, 200, 230).stream().map(p -> new Point(p.x() + 300, p.y())).toList()); // 300 s on
    Map<String, List<Point>> series = new LinkedHashMap<>();
    series.put("storage", stopped);
    SvgDom svg = draw(new Timeline(series, List.of(new Marker(0, "stack start")), 256));

    List<Element> lines = svg.all("polyline", "series");
    assertThat(lines).hasSize(2).allMatch(e -> e.getAttribute("data-service").equals("storage"));
    assertThat(lines.get(0).getAttribute("points").split(" ")).hasSize(100);
    assertThat(lines.get(1).getAttribute("points").split(" ")).hasSize(60);
    assertThat(svg.all("text", "legend")).hasSize(1);
  }

  @Test
  void theLimitAndThePhasesSitOnTheAxesScales() throws Exception {
    SvgDom svg = draw(TIMELINE);

    // receiver: first sample 100 MB at 0 s, last 240 MB at 599.5 s
    String[] points = svg.all("polyline", "series").get(0).getAttribute("points").split(" ");
    double x0 = Double.parseDouble(points[0].split(",")[0]);
    double yAt100 = Double.parseDouble(points[0].split(",")[1]);
    double yAt240 = Double.parseDouble(points[points.length - 1].split(",")[1]);
    double pxPerMb = (yAt100 - yAt240) / 140;
    double limit = SvgDom.number(svg.one("line", "limit"), "y1");
    assertThat(limit).isCloseTo(yAt100 - 156 * pxPerMb, within(0.3));
    assertThat(svg.one("text", "limit-label").getTextContent()).contains("256 MB");

    List<Element> phases = svg.all("line", "phase");
    assertThat(phases).hasSize(2);
    assertThat(SvgDom.number(phases.get(0), "x1")).isCloseTo(x0, within(0.1));
    double xLast = Double.parseDouble(points[points.length - 1].split(",")[0]);
    double pxPerSecond = (xLast - x0) / 599.5;
    assertThat(SvgDom.number(phases.get(1), "x1")).isCloseTo(x0 + 60 * pxPerSecond, within(0.2));
    assertThat(svg.all("text", "phase-label"))
        .extracting(Element::getTextContent)
        .containsExactly("stack start", "receiver & <co>");
    assertThat(svg.one("text", "title-x").getTextContent())
        .isEqualTo("seconds since the run started");
  }
}
