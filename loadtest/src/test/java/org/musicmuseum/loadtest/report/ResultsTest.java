package org.musicmuseum.loadtest.report;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.musicmuseum.loadtest.report.Figure.Target;

class ResultsTest {

  private static final Figure RATIO =
      new Figure(
          1,
          "receiver_post",
          "POST vs no-op",
          9000,
          12000,
          "req/s",
          Target.atLeast(0.6),
          Map.of("rounds", 2, "note", "x"));
  private static final Figure MISSED =
      Figure.value(4, "freshness_p99", "Freshness p99", 1200, "ms", Target.atMost(1000), Map.of());

  private final Results results =
      new Results(
          Instant.parse("2026-11-26T20:00:00Z"),
          480.04,
          Map.of("cores", "2"),
          List.of(RATIO, MISSED));

  @Test
  void aRatioIsOursOverTheBaselineAndTargetsCutBothWays() {
    assertThat(RATIO.score()).isEqualTo(0.75);
    assertThat(RATIO.met()).isTrue();
    assertThat(MISSED.met()).isFalse();
    assertThat(Target.atMost(1.5).holds(1.5)).isTrue();
    assertThat(Target.atLeast(0.5).holds(Double.NaN)).isFalse();
    assertThat(results.allMet()).isFalse();
  }

  @Test
  void theJsonCarriesEveryFigureWithItsDetails() {
    JsonObject json = results.toJson();

    assertThat(json.getBoolean("all_met")).isFalse();
    assertThat(json.getJsonNumber("seconds").doubleValue()).isEqualTo(480.0);
    JsonObject first = json.getJsonArray("figures").getJsonObject(0);
    assertThat(first.getString("key")).isEqualTo("receiver_post");
    assertThat(first.getJsonNumber("score").doubleValue()).isEqualTo(0.75);
    assertThat(first.getString("target")).isEqualTo("≥ 0.60");
    assertThat(first.getJsonObject("details").getJsonNumber("rounds").intValue()).isEqualTo(2);
    JsonObject second = json.getJsonArray("figures").getJsonObject(1);
    assertThat(second.get("baseline")).isEqualTo(JsonValue.NULL);
    assertThat(second.getBoolean("met")).isFalse();
    assertThat(json.getJsonArray("charts")).isEmpty();
  }

  @Test
  void theJsonNamesTheChartsAndCarriesAHistogramAsBuckets() {
    Figure freshness =
        Figure.value(
            4,
            "freshness_p99",
            "Freshness p99",
            60,
            "ms",
            Target.atMost(400),
            Map.of("histogram_ms", Histogram.of(new double[] {10, 20, 60}, 25)));
    JsonObject json =
        new Results(Instant.EPOCH, 1, Map.of(), List.of(freshness))
            .withCharts(List.of("freshness.svg", "rss.svg"))
            .toJson();

    assertThat(json.getJsonArray("charts").getString(0)).isEqualTo("freshness.svg");
    assertThat(json.getJsonArray("charts")).hasSize(2);
    JsonObject histogram =
        json.getJsonArray("figures")
            .getJsonObject(0)
            .getJsonObject("details")
            .getJsonObject("histogram_ms");
    assertThat(histogram.getJsonArray("counts").toString()).isEqualTo("[2,0,1]");
  }

  @Test
  void theMarkdownTableHasARowPerFigure() {
    String[] lines = results.toMarkdown().split("\n");

    assertThat(lines).hasSize(4);
    assertThat(lines[2])
        .isEqualTo("| 1 | POST vs no-op | 9,000 req/s | 12,000 req/s | 0.75 | ≥ 0.60 | yes |");
    assertThat(lines[3])
        .isEqualTo("| 4 | Freshness p99 | 1,200 ms | – | 1,200 ms | ≤ 1,000 | **no** |");
  }
}
