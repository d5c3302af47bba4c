package org.musicmuseum.processing.service;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.musicmuseum.processing.domain.StatsSnapshot;

class StatsPublishingTest {

  private static final Instant T0 = Instant.parse("2026-12-06T10:00:00Z");
  private final StatsPublishing publishing = new StatsPublishing(Duration.ofSeconds(60));

  @Test
  void theFirstRunIsPublishedThenOnlyRunsThatCountedSomething() {
    assertThat(publishing.due(stats(0, 0), T0)).isTrue();
    assertThat(publishing.due(stats(0, 0), T0.plusSeconds(1))).isFalse();
    assertThat(publishing.due(stats(1, 0), T0.plusSeconds(2))).isTrue();
    assertThat(publishing.due(stats(1, 2), T0.plusSeconds(3))).isTrue();
    assertThat(publishing.due(stats(1, 2), T0.plusSeconds(4))).isFalse();
  }

  @Test
  void withNothingNewTheStatisticsGoOutAgainAfterTheRepublishInterval() {
    publishing.due(stats(5, 5), T0);

    assertThat(publishing.due(stats(5, 5), T0.plusSeconds(59))).isFalse();
    assertThat(publishing.due(stats(5, 5), T0.plusSeconds(60))).isTrue();
    assertThat(publishing.due(stats(5, 5), T0.plusSeconds(61))).isFalse();
  }

  private static StatsSnapshot stats(long albums, long singles) {
    return new StatsSnapshot(albums, 0, singles, 0, Optional.empty(), List.of(), List.of());
  }
}
