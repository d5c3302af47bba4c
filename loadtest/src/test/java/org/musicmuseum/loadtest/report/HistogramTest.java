package org.musicmuseum.loadtest.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.json.JsonObject;
import org.junit.jupiter.api.Test;

class HistogramTest {

  @Test
  void valuesFallIntoHalfOpenBucketsUpToTheLargest() {
    Histogram h = Histogram.of(new double[] {0, 24.9, 25, 74.99, -1}, 25);

    assertThat(h.buckets()).isEqualTo(3);
    assertThat(h.count(0)).isEqualTo(3); // 0, 24.9 and -1 (as 0)
    assertThat(h.count(1)).isEqualTo(1);
    assertThat(h.count(2)).isEqualTo(1);
    assertThat(h.above()).isZero();
    assertThat(h.total()).isEqualTo(5);
    assertThat(h.max()).isEqualTo(74.99);
  }

  @Test
  void farValuesAreCountedBeyondTheLastBucket() {
    Histogram h = Histogram.of(new double[] {10, 60_000}, 25);

    assertThat(h.buckets()).isEqualTo(Histogram.MAX_BUCKETS);
    assertThat(h.above()).isEqualTo(1);
    assertThat(h.total()).isEqualTo(2);
  }

  @Test
  void itsJsonHasTheBucketsNotTheValues() {
    JsonObject json = Histogram.of(new double[] {1, 2, 30, 30.5}, 25).toJson();

    assertThat(json.getJsonNumber("bucket").doubleValue()).isEqualTo(25);
    assertThat(json.getJsonArray("counts").toString()).isEqualTo("[2,2]");
    assertThat(json.getInt("above")).isZero();
    assertThat(json.getJsonNumber("max").doubleValue()).isEqualTo(30.5);
    assertThat(Histogram.of(new double[0], 25).buckets()).isZero();
    assertThatThrownBy(() -> Histogram.of(new double[0], 0)).hasMessageContaining("positive");
  }
}
