package org.musicmuseum.loadtest.report.chart;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.ByteArrayOutputStream;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.musicmuseum.loadtest.report.Figure;
import org.musicmuseum.loadtest.report.Figure.Target;
import org.w3c.dom.Element;

class ThroughputChartTest {

  static final Figure RECEIVER =
      new Figure(
          1, "receiver_post", "POST vs no-op", 9000, 12000, "req/s", Target.atLeast(0.7), Map.of());
  static final Figure DRAIN =
      new Figure(
          3,
          "storage_drain",
          "Drain <topic> & \"DB\"",
          30000,
          50000,
          "events/s",
          Target.atLeast(0.8),
          Map.of());
  static final Figure FRESHNESS =
      Figure.value(4, "freshness_p99", "Freshness p99", 300, "ms", Target.atMost(400), Map.of());

  private static SvgDom draw(List<Figure> figures) throws Exception {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ThroughputChart.write(out, figures);
    return SvgDom.parse(out.toByteArray());
  }

  @Test
  void barsAreAsLongAsTheirValuesAndTheTargetLineSitsAtTheTargetShareOfTheBaseline()
      throws Exception {
    SvgDom svg = draw(List.of(RECEIVER));

    svg.assertPlainPage(800);
    double ours = SvgDom.number(svg.one("rect", "ours"), "width");
    double baseline = SvgDom.number(svg.one("rect", "baseline"), "width");
    assertThat(ours / baseline).isCloseTo(9000.0 / 12000.0, within(0.002));
    assertThat(baseline).isGreaterThan(500); // the longest bar takes the width
    double left = SvgDom.number(svg.one("rect", "ours"), "x");
    double target = SvgDom.number(svg.one("line", "target"), "x1");
    assertThat((target - left) / baseline).isCloseTo(0.7, within(0.002));
    assertThat(svg.texts()).contains("9,000 req/s", "12,000 req/s");
    assertThat(svg.one("text", "ratio").getTextContent())
        .isEqualTo("ratio 0.75, target ≥ 0.70 (dashed line): met");
  }

  @Test
  void onlyTheThroughputFiguresMeasuredAreDrawnInNumberOrderAndTextIsEscaped() throws Exception {
    SvgDom svg = draw(List.of(FRESHNESS, DRAIN, RECEIVER));

    List<String> groups = svg.all("g", "figure").stream().map(e -> e.getAttribute("id")).toList();
    assertThat(groups).containsExactly("figure-1", "figure-3");
    assertThat(svg.texts()).contains("3. Drain <topic> & \"DB\"");
    Element missed = svg.all("text", "ratio").get(1);
    assertThat(missed.getTextContent()).endsWith("missed");
    assertThat(missed.getAttribute("fill")).isEqualTo(Style.TARGET);
    assertThat(SvgDom.number(svg.root(), "height")).isLessThan(400); // two blocks, not three
  }

  @Test
  void measuredKeepsOnlyRatiosOfFiguresOneToThree() {
    assertThat(ThroughputChart.measured(List.of(FRESHNESS, DRAIN, RECEIVER)))
        .containsExactly(RECEIVER, DRAIN);
    assertThat(ThroughputChart.measured(List.of(FRESHNESS))).isEmpty();
  }
}
