package org.musicmuseum.loadtest.report.chart;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.ByteArrayOutputStream;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.musicmuseum.loadtest.report.Figure.Target;
import org.musicmuseum.loadtest.report.Histogram;
import org.w3c.dom.Element;

class FreshnessChartTest {

  private static SvgDom draw(Histogram histogram, double p50, double p99) throws Exception {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    FreshnessChart.write(out, "Freshness", histogram, p50, p99, Target.atMost(400));
    return SvgDom.parse(out.toByteArray());
  }

  @Test
  void aBarPerNonEmptyBucketAsHighAsItsCountAndTheMarkersWhereTheyBelong() throws Exception {
    // 100 values in 0-25 ms, 50 in 100-125, 1 at 310 ms
    double[] values =
        IntStream.range(0, 151).mapToDouble(i -> i < 100 ? 10 : i < 150 ? 110 : 310).toArray();
    SvgDom svg = draw(Histogram.of(values, 25), 10, 110);

    svg.assertPlainPage(800);
    List<Element> bars = svg.all("rect", "bucket");
    assertThat(bars).hasSize(3);
    double first = SvgDom.number(bars.get(0), "height");
    assertThat(SvgDom.number(bars.get(1), "height") / first).isCloseTo(0.5, within(0.01));
    assertThat(SvgDom.number(bars.get(2), "height") / first).isCloseTo(0.01, within(0.005));
    // the bars stand on the x axis at their bucket: 0, 100 and 300 ms
    double x0 = SvgDom.number(bars.get(0), "x");
    double perMs = (SvgDom.number(bars.get(1), "x") - x0) / 100;
    assertThat(SvgDom.number(bars.get(2), "x")).isCloseTo(x0 + 300 * perMs, within(0.2));
    assertThat(SvgDom.number(svg.one("line", "target"), "x1"))
        .isCloseTo(x0 + 400 * perMs, within(0.2));
    assertThat(SvgDom.number(svg.one("line", "p99"), "x1"))
        .isCloseTo(x0 + 110 * perMs, within(0.2));
    assertThat(svg.one("text", "p99").getTextContent()).isEqualTo("p99 110 ms");
    assertThat(svg.one("text", "p50").getTextContent()).isEqualTo("p50 10.0 ms");
    assertThat(svg.one("text", "target").getTextContent()).isEqualTo("target ≤ 400 ms");
    assertThat(svg.all("text", "tick-x")).isNotEmpty();
    assertThat(svg.one("text", "title-y").getTextContent()).isEqualTo("events per 25 ms");
    assertThat(svg.all("text", "beyond")).isEmpty();
  }

  @Test
  void eventsFarBeyondP99AndTheTargetAreCountedNotDrawn() throws Exception {
    double[] values = IntStream.range(0, 1000).mapToDouble(i -> i < 995 ? 50 : 4000).toArray();
    SvgDom svg = draw(Histogram.of(values, 25), 50, 50);

    assertThat(svg.all("rect", "bucket")).hasSize(1);
    assertThat(svg.one("text", "beyond").getTextContent())
        .isEqualTo("5 events beyond 500 ms (the slowest 4,000 ms) are not drawn");
  }
}
