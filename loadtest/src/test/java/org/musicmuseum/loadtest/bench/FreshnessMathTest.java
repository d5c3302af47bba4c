package org.musicmuseum.loadtest.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class FreshnessMathTest {

  private static final long MS = 1_000_000L;

  @Test
  void theKthAckIsCountedAtTheFirstSampleThatReachesK() {
    List<Long> acks = List.of(0L, 10 * MS, 20 * MS);
    long[] times = {5 * MS, 100 * MS, 300 * MS};
    long[] counts = {0, 2, 3};

    FreshnessMath.Result result = FreshnessMath.compute(acks, times, counts);

    assertThat(result.counted()).isEqualTo(3);
    // 100 - 0, 100 - 10, 300 - 20
    assertThat(result.latencies().percentileMillis(0)).isEqualTo(90.0);
    assertThat(result.latencies().percentileMillis(50)).isEqualTo(100.0);
    assertThat(result.latencies().percentileMillis(100)).isEqualTo(280.0);
    // every event's freshness stays available for the histogram and its chart
    assertThat(result.latencies().millis()).containsExactly(100.0, 90.0, 280.0);
  }

  @Test
  void eventsNeverSeenCountedAreLeftOutAndACountAheadOfItsAckIsZero() {
    List<Long> acks = List.of(50 * MS, 60 * MS, 70 * MS);
    long[] times = {40 * MS, 80 * MS};
    long[] counts = {1, 2};

    FreshnessMath.Result result = FreshnessMath.compute(acks, times, counts);

    assertThat(result.counted()).isEqualTo(2);
    assertThat(result.latencies().percentileMillis(0)).isEqualTo(0.0);
    assertThat(result.latencies().percentileMillis(100)).isEqualTo(20.0);
  }
}
