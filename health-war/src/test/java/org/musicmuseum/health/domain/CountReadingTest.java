package org.musicmuseum.health.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.musicmuseum.kit.metrics.PrometheusText;

class CountReadingTest {

  private static final String NAME = "museum_storage_quarantined_total";
  private static final Instant T0 = Instant.parse("2026-12-05T22:00:00Z");

  private final CountReading count = new CountReading(NAME);

  private static PrometheusText scrape(long a, long b) {
    return PrometheusText.parse(
        NAME + "{reason=\"invalid\"} " + a + "\n" + NAME + "{reason=\"too_large\"} " + b + "\n");
  }

  @Test
  void beforeAnyReadEverythingIsUnknown() {
    assertThat(count.item()).isEqualTo(new PipelineReport.Count(null, null, null, null));
  }

  @Test
  void sumsTheCounterOverItsLabelsAndHasNotChangedAtFirst() {
    count.read(scrape(2, 3), T0);
    count.read(scrape(2, 3), T0.plusSeconds(2));

    assertThat(count.item()).isEqualTo(new PipelineReport.Count(5L, null, T0.plusSeconds(2), null));
  }

  @Test
  void changedAtIsTheReadAtWhichTheCountFirstDiffered() {
    count.read(scrape(0, 0), T0);
    count.read(scrape(1, 0), T0.plusSeconds(2));
    count.read(scrape(1, 0), T0.plusSeconds(4));

    assertThat(count.item())
        .isEqualTo(new PipelineReport.Count(1L, T0.plusSeconds(2), T0.plusSeconds(4), null));
  }

  @Test
  void anAbsentCounterCountsZero() {
    count.read(PrometheusText.parse("other_total 4\n"), T0);

    assertThat(count.item().count()).isZero();
  }

  @Test
  void aFailedReadKeepsTheLastValueAndSaysWhyUntilAGoodOne() {
    count.read(scrape(1, 1), T0);
    count.failed("storage /metrics: connection refused");

    assertThat(count.item())
        .isEqualTo(new PipelineReport.Count(2L, null, T0, "storage /metrics: connection refused"));

    count.read(scrape(1, 2), T0.plusSeconds(6));
    assertThat(count.item())
        .isEqualTo(new PipelineReport.Count(3L, T0.plusSeconds(6), T0.plusSeconds(6), null));
  }
}
