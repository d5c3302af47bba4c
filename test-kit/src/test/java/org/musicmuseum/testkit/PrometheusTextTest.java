package org.musicmuseum.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.junit.jupiter.api.Test;

class PrometheusTextTest {

  private static final String TEXT =
      """
      # HELP museum_consumer_lag Records behind
      # TYPE museum_consumer_lag gauge
      museum_consumer_lag{group="storage",mp_scope="application",partition="0",topic="music-events",} 5.0
      museum_consumer_lag{group="storage",mp_scope="application",partition="1",topic="music-events",} 7.0
      museum_receiver_publish_seconds_bucket{le="+Inf"} 3
      jvm_uptime_seconds 12.5 1733400000000
      """;

  private final PrometheusText metrics = PrometheusText.parse(TEXT);

  @Test
  void readsEverySampleWithItsLabelsAndSkipsComments() {
    assertThat(metrics.samples()).hasSize(4);
    assertThat(metrics.named("museum_consumer_lag").get(1).labels())
        .containsAllEntriesOf(Map.of("partition", "1", "topic", "music-events"));
  }

  @Test
  void sumsTheSamplesOfOneName() {
    assertThat(metrics.sum("museum_consumer_lag")).isEqualTo(12.0);
    assertThat(metrics.sum("absent")).isZero();
  }

  @Test
  void readsInfinityAndATimestampedSample() {
    assertThat(metrics.sum("museum_receiver_publish_seconds_bucket")).isEqualTo(3);
    assertThat(metrics.sum("jvm_uptime_seconds")).isEqualTo(12.5);
    assertThat(PrometheusText.parse("x{le=\"+Inf\"} +Inf").sum("x")).isInfinite();
  }

  @Test
  void aLineThatIsNoSampleIsRefused() {
    assertThatThrownBy(() -> PrometheusText.parse("what is this?"))
        .hasMessageContaining("what is this?");
  }
}
