package org.musicmuseum.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.validation.Validation;
import jakarta.validation.ValidatorFactory;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

class EnvelopeRoundTripTest {

  private static final ValidatorFactory FACTORY = Validation.buildDefaultValidatorFactory();
  private static final Instant AT = Instant.parse("2026-11-25T10:15:30.123456Z");

  private final EventParser parser = new EventParser(FACTORY.getValidator());
  private final EventCodec codec = new EventCodec();

  @AfterAll
  static void closeFactory() {
    FACTORY.close();
  }

  @Test
  void writesTheOriginalFieldNames() {
    var album = new NewAlbumEvent(TraceIds.random(), 7L, "Kind of Blue", "Miles Davis", 5);
    String json = new String(codec.toBytes(EventEnvelope.of(album, AT)), StandardCharsets.UTF_8);
    assertThat(json)
        .isEqualTo(
            "{\"type\":\"new_album\",\"datetime\":\"2026-11-25T10:15:30.123456Z\",\"payload\":"
                + "{\"trace_id\":\""
                + album.traceId()
                + "\",\"album_id\":7,"
                + "\"album_name\":\"Kind of Blue\",\"artist_name\":\"Miles Davis\","
                + "\"album_track_count\":5}}");
  }

  @Test
  void readsBackWhatItWrites() {
    var single = new NewSingleSongEvent(TraceIds.random(), 3L, "So What", "Miles Davis", 562.5);
    byte[] bytes = codec.toBytes(EventEnvelope.of(single, AT));
    assertThat(parser.parseEnvelope(bytes))
        .isEqualTo(new ParseResult.Valid<>(EventEnvelope.of(single, AT)));
  }

  @Test
  void refusesPoisonRecordsWithAReason() {
    String[] poison = {
      "not json",
      "{\"type\":\"new_album\"}",
      "{\"type\":\"nope\",\"datetime\":\"2026-11-25T10:15:30Z\",\"payload\":{}}",
      "{\"type\":\"new_album\",\"datetime\":\"yesterday\",\"payload\":{\"trace_id\":\"x\"}}",
      "{\"type\":\"new_album\",\"datetime\":\"2026-11-25T10:15:30Z\",\"payload\":{\"trace_id\":"
          + "\"not-a-uuid\",\"album_id\":1,\"album_name\":\"a\",\"artist_name\":\"b\","
          + "\"album_track_count\":1}}",
    };
    for (String value : poison) {
      ParseResult<?> result = parser.parseEnvelope(value.getBytes(StandardCharsets.UTF_8));
      assertThat(result).as(value).isInstanceOf(ParseResult.Invalid.class);
    }
  }

  @Test
  void anEnvelopeTypeMustMatchItsPayload() {
    var album = new NewAlbumEvent(TraceIds.random(), 7L, "a", "b", 5);
    assertThatThrownBy(() -> new EventEnvelope<>("new_single_song", AT, album))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
