package org.musicmuseum.events;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;
import jakarta.validation.Validation;
import jakarta.validation.ValidatorFactory;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.AlphaChars;
import net.jqwik.api.constraints.DoubleRange;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.LongRange;
import net.jqwik.api.constraints.StringLength;
import net.jqwik.api.lifecycle.AfterContainer;

/**
 * Properties of the validators: what is inside the limits passes unchanged, what is not is named.
 */
class EventParserPropertyTest {

  private static final ValidatorFactory FACTORY = Validation.buildDefaultValidatorFactory();
  private static final String TRACE = "0f8fad5b-d9cb-469f-a165-70867728950e";

  private final EventParser parser = new EventParser(EventValidators.from(FACTORY));
  private final EventCodec codec = new EventCodec();

  @AfterContainer
  static void closeFactory() {
    FACTORY.close();
  }

  /** Names a client may send: 1 to 255 characters, not blank, no control characters. */
  @Provide
  Arbitrary<String> names() {
    Arbitrary<String> text =
        Arbitraries.strings()
            .withCharRange(' ', '~')
            .withCharRange('\u00a0', '\ud7ff')
            .ofMinLength(1)
            .ofMaxLength(253);
    // Characters outside the BMP come as surrogate pairs, never one half alone.
    Arbitrary<String> emoji = Arbitraries.of("", "🎷", "🥁");
    return Combinators.combine(text, emoji)
        .as((t, e) -> t + e)
        .filter(s -> !s.isBlank() && s.length() <= Limits.MAX_NAME_LENGTH);
  }

  private static JsonValue album(long id, String name, String artist, long tracks) {
    return Json.createObjectBuilder()
        .add("album_id", id)
        .add("album_name", name)
        .add("artist_name", artist)
        .add("album_track_count", tracks)
        .build();
  }

  private List<String> fieldsRefused(EventType type, JsonValue body) {
    ParseResult<MusicEvent> result = parser.parseRequest(type, body, TRACE);
    assertThat(result).isInstanceOf(ParseResult.Invalid.class);
    return ((ParseResult.Invalid<MusicEvent>) result)
        .violations().stream().map(Violation::field).toList();
  }

  @Property
  void everyAlbumWithinTheLimitsIsAcceptedAsSentAndSurvivesTheTopic(
      @ForAll @LongRange(min = 1, max = Limits.MAX_ID) long id,
      @ForAll("names") String name,
      @ForAll("names") String artist,
      @ForAll @IntRange(min = 1, max = Limits.MAX_TRACK_COUNT) int tracks) {
    ParseResult<MusicEvent> result =
        parser.parseRequest(EventType.NEW_ALBUM, album(id, name, artist, tracks), TRACE);

    NewAlbumEvent expected = new NewAlbumEvent(TRACE, id, name, artist, tracks);
    assertThat(result).isEqualTo(new ParseResult.Valid<>(expected));
    Instant at = Instant.parse("2026-11-26T12:00:00.123Z");
    assertThat(parser.parseEnvelope(codec.toBytes(EventEnvelope.of(expected, at))))
        .isEqualTo(new ParseResult.Valid<>(EventEnvelope.of(expected, at)));
  }

  @Property
  void everySingleWithinTheLimitsIsAccepted(
      @ForAll @LongRange(min = 1, max = Limits.MAX_ID) long id,
      @ForAll("names") String name,
      @ForAll @DoubleRange(min = 0, minIncluded = false, max = 86_400) double duration) {
    JsonValue body =
        Json.createObjectBuilder()
            .add("song_id", id)
            .add("song_name", name)
            .add("artist_name", name)
            .add("song_duration", duration)
            .build();
    assertThat(parser.parseRequest(EventType.NEW_SINGLE_SONG, body, TRACE))
        .isEqualTo(
            new ParseResult.Valid<>(new NewSingleSongEvent(TRACE, id, name, name, duration)));
  }

  @Provide
  Arbitrary<Long> idsOutOfRange() {
    return Arbitraries.oneOf(
        Arbitraries.longs().lessOrEqual(0), Arbitraries.longs().greaterOrEqual(Limits.MAX_ID + 1));
  }

  @Property
  void idsAndCountsOutOfRangeAreRefusedByName(
      @ForAll("idsOutOfRange") long id,
      @ForAll @IntRange(min = Limits.MAX_TRACK_COUNT + 1) int tracks) {
    assertThat(fieldsRefused(EventType.NEW_ALBUM, album(id, "a", "b", tracks)))
        .containsExactly("album_id", "album_track_count");
  }

  @Property
  void durationsOutOfRangeAreRefusedByName(@ForAll("durationsOutOfRange") double duration) {
    JsonValue body =
        Json.createObjectBuilder()
            .add("song_id", 1)
            .add("song_name", "a")
            .add("artist_name", "b")
            .add("song_duration", duration)
            .build();
    assertThat(fieldsRefused(EventType.NEW_SINGLE_SONG, body)).containsExactly("song_duration");
  }

  @Provide
  Arbitrary<Double> durationsOutOfRange() {
    return Arbitraries.oneOf(
        Arbitraries.doubles().lessOrEqual(0).ofScale(3),
        Arbitraries.doubles().greaterThan(86_400).lessOrEqual(1e12).ofScale(3));
  }

  @Property
  void namesTooLongOrBlankAreRefusedByName(
      @ForAll @StringLength(min = 256, max = 2000) @AlphaChars String tooLong,
      @ForAll("blanks") String blank) {
    assertThat(fieldsRefused(EventType.NEW_ALBUM, album(1, tooLong, blank, 1)))
        .containsExactly("album_name", "artist_name");
  }

  @Provide
  Arbitrary<String> blanks() {
    return Arbitraries.strings().withChars(" \t\n\r").ofMaxLength(20);
  }

  @Property
  void anUnknownFieldIsRefusedByItsName(
      @ForAll @AlphaChars @StringLength(min = 1, max = 30) String key) {
    JsonObjectBuilder body = Json.createObjectBuilder(album(1, "a", "b", 1).asJsonObject());
    body.add("x_" + key, Json.createValue(key));
    assertThat(fieldsRefused(EventType.NEW_ALBUM, body.build())).containsExactly("x_" + key);
  }

  @Property(tries = 500)
  void anyJsonGetsAnAnswerAndNeverAnException(@ForAll("jsonValues") JsonValue body) {
    for (EventType type : EventType.values()) {
      assertThat(parser.parseRequest(type, body, TRACE)).isNotNull();
    }
    assertThat(parser.parseEnvelope(body.toString().getBytes(StandardCharsets.UTF_8))).isNotNull();
  }

  /** JSON values built from the fields of both events, wrong types and numbers of any size. */
  @Provide
  Arbitrary<JsonValue> jsonValues() {
    Arbitrary<JsonValue> scalars =
        Arbitraries.oneOf(
            Arbitraries.just(JsonValue.NULL),
            Arbitraries.of(JsonValue.TRUE, JsonValue.FALSE),
            Arbitraries.strings().ofMaxLength(300).map(Json::createValue),
            Arbitraries.bigDecimals()
                .between(new BigDecimal("-1e30"), new BigDecimal("1e30"))
                .map(Json::createValue),
            Arbitraries.longs().map(Json::createValue));
    Arbitrary<String> keys =
        Arbitraries.oneOf(
            Arbitraries.of(
                "album_id",
                "album_name",
                "artist_name",
                "album_track_count",
                "song_id",
                "song_name",
                "song_duration",
                "trace_id",
                "type",
                "datetime",
                "payload"),
            Arbitraries.strings().alpha().ofMaxLength(8));
    Arbitrary<JsonValue> objects =
        Combinators.combine(keys.list().ofMaxSize(8), scalars.list().ofMaxSize(8))
            .as(
                (names, values) -> {
                  JsonObjectBuilder object = Json.createObjectBuilder();
                  for (int i = 0; i < Math.min(names.size(), values.size()); i++) {
                    object.add(names.get(i), values.get(i));
                  }
                  return (JsonValue) object.build();
                });
    return Arbitraries.oneOf(
        scalars, objects, objects.list().ofMaxSize(3).map(l -> Json.createArrayBuilder(l).build()));
  }
}
