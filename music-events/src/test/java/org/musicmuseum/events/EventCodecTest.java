package org.musicmuseum.events;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The hand-written envelope writer says exactly what JSON-B says of the same records. */
class EventCodecTest {

  private final EventCodec codec = new EventCodec();

  @Test
  void writesWhatJsonbWrites() throws Exception {
    List<MusicEvent> events =
        List.of(
            new NewAlbumEvent(TraceIds.random(), 1L, "Kind of Blue", "Miles Davis", 5),
            new NewAlbumEvent(
                TraceIds.random(), Limits.MAX_ID, "\"Quoted\" \\ \n\t\u0001", "Ünïcødé 🎷", 999),
            new NewSingleSongEvent(TraceIds.random(), 3L, "So What", "Miles Davis", 562.5),
            new NewSingleSongEvent(TraceIds.random(), 4L, "a", "b", 0.1),
            new NewSingleSongEvent(TraceIds.random(), 5L, "a", "b", 1.0E-7),
            new NewSingleSongEvent(TraceIds.random(), 6L, "a", "b", 86_400.0),
            new NewSingleSongEvent(TraceIds.random(), 7L, "a", "b", 1.0 / 3));
    List<Instant> times =
        List.of(
            Instant.parse("2026-11-25T10:15:30Z"),
            Instant.parse("2026-11-25T10:15:30.100Z"),
            Instant.parse("2026-11-25T10:15:30.123456789Z"));
    try (Jsonb jsonb = JsonbBuilder.create()) {
      for (MusicEvent event : events) {
        for (Instant at : times) {
          EventEnvelope<MusicEvent> envelope = EventEnvelope.of(event, at);
          assertThat(new String(codec.toBytes(envelope), StandardCharsets.UTF_8))
              .isEqualTo(jsonb.toJson(envelope));
        }
      }
    }
  }
}
