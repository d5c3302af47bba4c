package org.musicmuseum.dashboard.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.musicmuseum.events.UpdateKind;

class LatestUpdatesTest {

  private static final Instant T0 = Instant.parse("2026-12-06T10:00:00Z");
  private final LatestUpdates latest = new LatestUpdates(Duration.ofSeconds(12));

  @Test
  void aNewPageGetsTheNewestOfEachReplayedKindInTheKindsOrder() {
    latest.received(update(UpdateKind.STATUS, 0, "{\"s\":1}"), T0);
    latest.received(update(UpdateKind.STATS, 1, "{\"n\":1}"), T0);
    latest.received(update(UpdateKind.STATS, 3, "{\"n\":3}"), T0);
    latest.received(update(UpdateKind.STATS, 2, "{\"n\":2}"), T0);
    latest.received(update(UpdateKind.CHANGE, 4, "{\"c\":1}"), T0);

    assertThat(latest.replay()).extracting(Update::data).containsExactly("{\"n\":3}", "{\"s\":1}");
  }

  @Test
  void theFeedIsLiveWhileUpdatesArriveWithinTheStaleTime() {
    assertThat(latest.live(T0)).isFalse();
    assertThat(latest.feed(T0, Duration.ofSeconds(2)).lastUpdate()).isEmpty();

    latest.received(update(UpdateKind.STATUS, 0, "{}"), T0);

    assertThat(latest.live(T0.plusSeconds(12))).isTrue();
    assertThat(latest.live(T0.plusSeconds(13))).isFalse();
    assertThat(latest.feed(T0, Duration.ofSeconds(2)).lastUpdate()).contains(T0);
  }

  @Test
  void eachKindIsLiveWhileItsOwnUpdatesArrive() {
    assertThat(latest.feed(T0, Duration.ofSeconds(2)).kinds())
        .containsExactlyInAnyOrderEntriesOf(Map.of("stats", false, "status", false));

    latest.received(update(UpdateKind.STATS, 0, "{}"), T0);
    latest.received(update(UpdateKind.STATUS, 0, "{}"), T0.plusSeconds(10));

    FeedState feed = latest.feed(T0.plusSeconds(13), Duration.ofSeconds(2));
    assertThat(feed.live()).isTrue();
    assertThat(feed.kinds())
        .containsExactlyInAnyOrderEntriesOf(Map.of("stats", false, "status", true));
    assertThat(feed.heartbeatMillis()).isEqualTo(2000);
  }

  private static Update update(UpdateKind kind, int second, String data) {
    return new Update(kind, T0.plusSeconds(second), data);
  }
}
