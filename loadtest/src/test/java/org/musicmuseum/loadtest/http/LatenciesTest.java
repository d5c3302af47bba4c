package org.musicmuseum.loadtest.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class LatenciesTest {

  @Test
  void percentilesByNearestRank() {
    Latencies latencies = new Latencies();
    for (int ms = 100; ms >= 1; ms--) {
      latencies.add(ms * 1_000_000L);
    }

    assertThat(latencies.count()).isEqualTo(100);
    assertThat(latencies.percentileMillis(50)).isEqualTo(50.0);
    assertThat(latencies.percentileMillis(99)).isEqualTo(99.0);
    assertThat(latencies.percentileMillis(100)).isEqualTo(100.0);
    assertThat(latencies.percentileMillis(0)).isEqualTo(1.0);
  }

  @Test
  void mergesAndGrowsBeyondItsFirstArray() {
    Latencies a = new Latencies();
    Latencies b = new Latencies();
    for (int i = 0; i < 3000; i++) {
      a.add(1_000_000L);
      b.add(3_000_000L);
    }
    a.addAll(b);

    assertThat(a.count()).isEqualTo(6000);
    assertThat(a.percentileMillis(50)).isEqualTo(1.0);
    assertThat(a.percentileMillis(51)).isEqualTo(3.0);
  }

  @Test
  void everyValueInMillisecondsInTheOrderRecorded() {
    Latencies latencies = new Latencies();
    latencies.add(2_500_000L);
    latencies.add(500_000L);

    assertThat(latencies.millis()).containsExactly(2.5, 0.5);
    assertThat(new Latencies().millis()).isEmpty();
  }

  @Test
  void nothingRecordedIsNotANumberAndPercentilesStayInRange() {
    assertThat(new Latencies().percentileMillis(99)).isNaN();
    Latencies one = new Latencies();
    one.add(1);
    assertThatThrownBy(() -> one.percentileMillis(101))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
