package org.musicmuseum.events;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TraceIdsTest {

  @Test
  void theSameKeyGivesTheSameTraceIdPerType() {
    String album = TraceIds.fromIdempotencyKey(EventType.NEW_ALBUM, "order-42");
    assertThat(TraceIds.fromIdempotencyKey(EventType.NEW_ALBUM, "order-42")).isEqualTo(album);
    assertThat(TraceIds.fromIdempotencyKey(EventType.NEW_SINGLE_SONG, "order-42"))
        .isNotEqualTo(album);
    assertThat(album).matches(Limits.UUID_PATTERN);
  }

  @Test
  void randomIdsAreCanonicalUuids() {
    assertThat(TraceIds.random()).matches(Limits.UUID_PATTERN).isNotEqualTo(TraceIds.random());
  }

  @Test
  void checksKeys() {
    assertThat(TraceIds.checkIdempotencyKey("abc-123_X")).isEmpty();
    assertThat(TraceIds.checkIdempotencyKey("")).isPresent();
    assertThat(TraceIds.checkIdempotencyKey("has space")).isPresent();
    assertThat(TraceIds.checkIdempotencyKey("é")).isPresent();
    assertThat(TraceIds.checkIdempotencyKey("k".repeat(201))).isPresent();
  }
}
