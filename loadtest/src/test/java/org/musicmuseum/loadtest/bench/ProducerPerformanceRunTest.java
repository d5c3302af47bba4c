package org.musicmuseum.loadtest.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class ProducerPerformanceRunTest {

  @Test
  void theLastSummaryLineCounts() {
    List<String> output =
        List.of(
            "612345 records sent, 122469.0 records/sec (23.36 MB/sec), 180.2 ms avg latency,"
                + " 402.0 ms max latency.",
            "WARN something unrelated",
            "1000000 records sent, 131234.5 records/sec (25.03 MB/sec), 150.10 ms avg latency,"
                + " 410.00 ms max latency, 140 ms 50th, 380 ms 95th, 400 ms 99th, 409 ms 99.9th.");

    assertThat(ProducerPerformanceRun.parse(output))
        .contains(new ProducerPerformanceRun.Summary(1_000_000, 131234.5));
  }

  @Test
  void noSummaryIsEmpty() {
    assertThat(ProducerPerformanceRun.parse(List.of("Exception in thread main"))).isEmpty();
  }
}
