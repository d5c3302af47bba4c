package org.musicmuseum.storage.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.musicmuseum.events.EventEnvelope;
import org.musicmuseum.events.EventType;
import org.musicmuseum.events.MusicEvent;
import org.musicmuseum.events.NewAlbumEvent;
import org.musicmuseum.events.NewSingleSongEvent;

class WriteOutcomeTest {

  private static StoredEvent event(MusicEvent payload) {
    return new StoredEvent(
        EventEnvelope.of(payload, Instant.parse("2026-11-25T10:00:00Z")), "t", 0, 0);
  }

  private static StoredEvent album(String traceId) {
    return event(new NewAlbumEvent(traceId, 1L, "A", "B", 3));
  }

  private static StoredEvent single(String traceId) {
    return event(new NewSingleSongEvent(traceId, 1L, "S", "B", 60.0));
  }

  @Test
  void newTraceIdsAreStoredPerType() {
    WriteOutcome outcome =
        WriteOutcome.of(List.of(album("a1"), album("a2"), single("s1")), Set.of(), List.of(), 0);

    assertThat(outcome.stored(EventType.NEW_ALBUM)).isEqualTo(2);
    assertThat(outcome.stored(EventType.NEW_SINGLE_SONG)).isEqualTo(1);
    assertThat(outcome.deduplicated()).isZero();
  }

  @Test
  void aTraceIdAlreadyStoredOrSeenEarlierInTheBatchIsDeduplicated() {
    WriteOutcome outcome =
        WriteOutcome.of(
            List.of(album("old"), album("new"), album("new"), single("s1")),
            Set.of("old"),
            List.of(),
            0);

    assertThat(outcome.stored(EventType.NEW_ALBUM)).isEqualTo(1);
    assertThat(outcome.stored(EventType.NEW_SINGLE_SONG)).isEqualTo(1);
    assertThat(outcome.deduplicated()).isEqualTo(2);
  }

  @Test
  void eventsTheDatabaseRefusedAreNeitherStoredNorDeduplicated() {
    WriteOutcome outcome =
        WriteOutcome.of(List.of(album("bad"), single("s1")), Set.of(), List.of("bad"), 3);

    assertThat(outcome.stored(EventType.NEW_ALBUM)).isZero();
    assertThat(outcome.stored(EventType.NEW_SINGLE_SONG)).isEqualTo(1);
    assertThat(outcome.deduplicated()).isZero();
    assertThat(outcome.quarantined()).isEqualTo(3);
  }
}
