package org.musicmuseum.processing.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class MinuteBucketsTest {

  private static final Instant NOW = Instant.parse("2026-11-26T14:08:39.322874Z");

  @Test
  void countsEachEventInTheMinuteItWasCreated() {
    MinuteBuckets minutes = new MinuteBuckets();
    minutes.addAlbum(Instant.parse("2026-11-26T14:08:00Z"), NOW);
    minutes.addAlbum(Instant.parse("2026-11-26T14:08:59.999Z"), NOW);
    minutes.addSingle(Instant.parse("2026-11-26T14:07:30Z"), NOW);

    assertThat(minutes.asList())
        .containsExactly(
            new MinuteCount(Instant.parse("2026-11-26T14:07:00Z"), 0, 1),
            new MinuteCount(Instant.parse("2026-11-26T14:08:00Z"), 2, 0));
  }

  @Test
  void theWindowIsSixtyMinutesOldestFirstWithZeros() {
    MinuteBuckets minutes = new MinuteBuckets();
    minutes.addSingle(Instant.parse("2026-11-26T13:09:10Z"), NOW);
    minutes.addAlbum(Instant.parse("2026-11-26T14:08:10Z"), NOW);

    List<MinuteCount> window = MinuteBuckets.window(minutes.asList(), NOW);

    assertThat(window).hasSize(60);
    assertThat(window.get(0))
        .isEqualTo(new MinuteCount(Instant.parse("2026-11-26T13:09:00Z"), 0, 1));
    assertThat(window.get(59))
        .isEqualTo(new MinuteCount(Instant.parse("2026-11-26T14:08:00Z"), 1, 0));
    assertThat(window.get(30))
        .isEqualTo(new MinuteCount(Instant.parse("2026-11-26T13:39:00Z"), 0, 0));
  }

  @Test
  void eventsOlderThanTheWindowAreNotKept() {
    MinuteBuckets minutes = new MinuteBuckets();
    minutes.addAlbum(Instant.parse("2026-11-26T13:08:59Z"), NOW);
    minutes.addAlbum(Instant.parse("2026-01-01T00:00:00Z"), NOW);

    assertThat(minutes.asList()).isEmpty();
  }

  @Test
  void bucketsLeaveTheWindowAsTimePasses() {
    MinuteBuckets minutes = new MinuteBuckets();
    minutes.addAlbum(Instant.parse("2026-11-26T13:30:00Z"), NOW);
    minutes.addAlbum(Instant.parse("2026-11-26T14:00:00Z"), NOW);

    minutes.prune(NOW.plusSeconds(45 * 60));

    assertThat(minutes.asList())
        .containsExactly(new MinuteCount(Instant.parse("2026-11-26T14:00:00Z"), 1, 0));
    assertThat(MinuteBuckets.window(minutes.asList(), NOW.plusSeconds(45 * 60)))
        .filteredOn(m -> m.albums() > 0)
        .hasSize(1);
  }

  @Test
  void aSlightlyFutureEventShowsOnceItsMinuteComesButAFarFutureOneIsIgnored() {
    MinuteBuckets minutes = new MinuteBuckets();
    minutes.addSingle(NOW.plusSeconds(90), NOW);
    minutes.addSingle(NOW.plusSeconds(3 * 3600), NOW);

    assertThat(minutes.asList()).hasSize(1);
    assertThat(MinuteBuckets.window(minutes.asList(), NOW)).allMatch(m -> m.singles() == 0);
    assertThat(MinuteBuckets.window(minutes.asList(), NOW.plusSeconds(120)).get(59).singles())
        .isEqualTo(1);
  }

  @Test
  void restoringDropsWhatLeftTheWindow() {
    List<MinuteCount> kept =
        List.of(
            new MinuteCount(Instant.parse("2026-11-26T12:00:00Z"), 4, 4),
            new MinuteCount(Instant.parse("2026-11-26T14:00:00Z"), 2, 3));

    assertThat(MinuteBuckets.of(kept, NOW).asList()).containsExactly(kept.get(1));
  }
}
