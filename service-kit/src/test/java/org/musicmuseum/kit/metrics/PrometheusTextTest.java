package org.musicmuseum.kit.metrics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.junit.jupiter.api.Test;

class PrometheusTextTest {

  private static final String SCRAPE =
      """
      # HELP museum_receiver_accepted_total Events accepted
      # TYPE museum_receiver_accepted_total counter
      museum_receiver_accepted_total{mp_scope="application",type="new_album",} 3.0
      museum_receiver_accepted_total{mp_scope="application",type="new_single_song",} 2.0
      # TYPE memory_usedHeap_bytes gauge
      memory_usedHeap_bytes{mp_scope="base",} 1.2345E7
      # TYPE museum_receiver_publish_seconds histogram
      museum_receiver_publish_seconds_bucket{mp_scope="application",le="0.005",} 1.0
      museum_receiver_publish_seconds_bucket{mp_scope="application",le="+Inf",} 5.0
      odd{text="a \\"quoted\\", comma\\\\ and\\nline"} 1 1700000000000
      plain 7
      """;

  private final PrometheusText text = PrometheusText.parse(SCRAPE);

  @Test
  void readsTypesOfFamilies() {
    assertThat(text.types())
        .containsEntry("museum_receiver_accepted_total", "counter")
        .containsEntry("memory_usedHeap_bytes", "gauge")
        .containsEntry("museum_receiver_publish_seconds", "histogram");
  }

  @Test
  void findsAValueByNameAndASubsetOfItsLabels() {
    assertThat(text.value("museum_receiver_accepted_total", Map.of("type", "new_album")))
        .hasValue(3.0);
    assertThat(text.value("memory_usedHeap_bytes", Map.of())).hasValue(1.2345E7);
    assertThat(text.value("museum_receiver_publish_seconds_bucket", Map.of("le", "+Inf")))
        .hasValue(5.0);
    assertThat(text.value("museum_receiver_accepted_total", Map.of("type", "other"))).isEmpty();
  }

  @Test
  void sumsTheMatchingSamplesAndCountsNoneAsZero() {
    assertThat(text.sum("museum_receiver_accepted_total", Map.of())).isEqualTo(5.0);
    assertThat(text.sum("museum_missing_total", Map.of())).isZero();
  }

  @Test
  void ambiguousLookupsAreRefused() {
    assertThatThrownBy(() -> text.value("museum_receiver_accepted_total", Map.of()))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void unescapesLabelValuesAndIgnoresTimestamps() {
    assertThat(text.samples("odd", Map.of()))
        .singleElement()
        .satisfies(
            s -> {
              assertThat(s.labels()).containsEntry("text", "a \"quoted\", comma\\ and\nline");
              assertThat(s.value()).isEqualTo(1.0);
            });
    assertThat(text.value("plain", Map.of())).hasValue(7.0);
    assertThat(text.has("plain")).isTrue();
    assertThat(text.has("absent")).isFalse();
  }

  @Test
  void namedAndSumByNameIgnoreLabels() {
    assertThat(text.named("museum_receiver_accepted_total")).hasSize(2);
    assertThat(text.sum("museum_receiver_accepted_total")).isEqualTo(5.0);
    assertThat(PrometheusText.parse("x{le=\"+Inf\"} +Inf").sum("x")).isInfinite();
  }

  @Test
  void aLineThatIsNoSampleIsRefusedWithTheLine() {
    assertThatThrownBy(() -> PrometheusText.parse("what is this?"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("what is this?");
  }
}
