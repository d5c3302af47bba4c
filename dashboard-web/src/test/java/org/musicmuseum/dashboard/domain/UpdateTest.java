package org.musicmuseum.dashboard.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.musicmuseum.events.UpdateKind;

class UpdateTest {

  @Test
  void anUpdateKeepsItsKindTimeAndDataAsTheJsonItCameIn() {
    var update =
        Update.parse(
            "{\"kind\":\"stats\",\"at\":\"2026-12-06T10:00:00Z\","
                + "\"data\":{\"num_album_events\":3,\"top_artists\":[]}}");

    assertThat(update)
        .contains(
            new Update(
                UpdateKind.STATS,
                Instant.parse("2026-12-06T10:00:00Z"),
                "{\"num_album_events\":3,\"top_artists\":[]}"));
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "not json",
        "[]",
        "{\"kind\":\"weather\",\"at\":\"2026-12-06T10:00:00Z\",\"data\":{}}",
        "{\"kind\":\"stats\",\"data\":{}}",
        "{\"kind\":\"stats\",\"at\":12,\"data\":{}}",
        "{\"kind\":7,\"at\":\"2026-12-06T10:00:00Z\",\"data\":{}}",
        "{\"kind\":\"stats\",\"at\":\"yesterday\",\"data\":{}}",
        "{\"kind\":\"stats\",\"at\":\"2026-12-06T10:00:00Z\",\"data\":7}",
        "{\"kind\":\"stats\",\"at\":\"2026-12-06T10:00:00Z\"}"
      })
  void anythingElseIsNotAnUpdate(String message) {
    assertThat(Update.parse(message)).isEmpty();
  }
}
