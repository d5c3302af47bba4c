package org.musicmuseum.loadtest.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.musicmuseum.loadtest.report.Figure.Target;

class SummaryTest {

  private static Results run(double drainOurs, double freshnessMs) {
    return new Results(
        Instant.EPOCH,
        1,
        Map.of(),
        List.of(
            new Figure(
                3,
                "storage_drain",
                "Drain (x)",
                drainOurs,
                100,
                "events/s",
                Target.atLeast(0.8),
                Map.of()),
            Figure.value(
                4,
                "freshness_p99",
                "Freshness p99 (p50 " + freshnessMs / 2 + " ms)",
                freshnessMs,
                "ms",
                Target.atMost(400),
                Map.of())));
  }

  @Test
  void eachFigureHasTheMedianMinAndMaxOfItsRuns() {
    Summary summary =
        new Summary(3, List.of(run(90, 500), run(85, 300), run(95, 350)), Optional.empty());

    Summary.Row drain = summary.rows().get(0);
    assertThat(drain.spread()).isEqualTo(new Spread(0.9, 0.85, 0.95, 3));
    assertThat(drain.runsMet()).isEqualTo(3);
    Summary.Row freshness = summary.rows().get(1);
    assertThat(freshness.spread().median()).isEqualTo(350);
    assertThat(freshness.metOnMedian()).isTrue(); // one run missed, the median did not
    assertThat(freshness.runsMet()).isEqualTo(2);
    assertThat(freshness.what()).isEqualTo("Freshness p99");
    assertThat(summary.met()).isTrue();
  }

  @Test
  void theDrainMustMeetItsTargetInEveryRunNotOnlyOnTheMedian() {
    Summary summary =
        new Summary(
            4, List.of(run(92, 300), run(78, 300), run(84, 300), run(96, 300)), Optional.empty());

    Summary.Row drain = summary.rows().get(0);
    assertThat(drain.spread().median()).isCloseTo(0.88, within(1e-9));
    assertThat(drain.metOnMedian()).isTrue();
    assertThat(drain.metInEveryRun()).isFalse();
    assertThat(drain.met()).isFalse();
    assertThat(summary.met()).isFalse();
    String md = summary.toMarkdown();
    assertThat(md)
        .contains("| 3 | Drain | 0.88 | 0.78 | 0.96 | ≥ 0.80 in every run | yes | **3/4** |")
        .contains("Figure 3 met in every run: **no** (3 of 4).")
        .contains("**Not every target met.**");
    JsonObject json = summary.toJson().getJsonArray("figures").getJsonObject(0);
    assertThat(json.getJsonNumber("median").doubleValue()).isEqualTo(0.88);
    assertThat(json.getBoolean("met_on_median")).isTrue();
    assertThat(json.getBoolean("met_in_every_run")).isFalse();
    assertThat(json.getBoolean("every_run_required")).isTrue();
    assertThat(json.getJsonArray("scores")).hasSize(4);
  }

  @Test
  void aFailedRunStopsTheSeriesAndNeverMeetsTheTargets() {
    Summary summary = new Summary(3, List.of(run(90, 300)), Optional.of("run 2 failed: boom"));

    assertThat(summary.met()).isFalse();
    JsonObject json = summary.toJson();
    assertThat(json.getInt("runs_requested")).isEqualTo(3);
    assertThat(json.getInt("runs_completed")).isEqualTo(1);
    assertThat(json.getString("failure")).isEqualTo("run 2 failed: boom");
    assertThat(json.getJsonArray("runs").getJsonObject(0).getString("dir")).isEqualTo("run-1");
    assertThat(summary.toMarkdown())
        .startsWith("Runs: 1 of 3 (run 2 failed: boom); each run's results are in run-1/.");

    Summary clean = new Summary(1, List.of(run(90, 300)), Optional.empty());
    assertThat(clean.toJson().get("failure")).isEqualTo(JsonValue.NULL);
    assertThat(new Summary(2, List.of(), Optional.of("run 1 failed")).met()).isFalse();
  }
}
