package org.musicmuseum.events;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonValue;
import jakarta.validation.Validation;
import jakarta.validation.ValidatorFactory;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class EventParserTest {

  private static final ValidatorFactory FACTORY = Validation.buildDefaultValidatorFactory();
  private static final String TRACE = "0f8fad5b-d9cb-469f-a165-70867728950e";

  private final EventParser parser = new EventParser(FACTORY.getValidator());

  @AfterAll
  static void closeFactory() {
    FACTORY.close();
  }

  private static JsonValue json(String text) {
    ParseResult<JsonValue> result = EventParser.readJson(text.getBytes(StandardCharsets.UTF_8));
    assertThat(result).isInstanceOf(ParseResult.Valid.class);
    return ((ParseResult.Valid<JsonValue>) result).value();
  }

  private List<Violation> violationsOf(EventType type, String body) {
    ParseResult<MusicEvent> result = parser.parseRequest(type, json(body), TRACE);
    assertThat(result).isInstanceOf(ParseResult.Invalid.class);
    return ((ParseResult.Invalid<MusicEvent>) result).violations();
  }

  @Test
  void acceptsAValidAlbumAndGivesItTheTraceId() {
    String body =
        "{\"album_id\":7,\"album_name\":\"Kind of Blue\",\"artist_name\":\"Miles Davis\","
            + "\"album_track_count\":5}";
    ParseResult<MusicEvent> result = parser.parseRequest(EventType.NEW_ALBUM, json(body), TRACE);
    assertThat(result)
        .isEqualTo(
            new ParseResult.Valid<>(
                new NewAlbumEvent(TRACE, 7L, "Kind of Blue", "Miles Davis", 5)));
  }

  @Test
  void acceptsAValidSingleWithAFractionalDuration() {
    String body =
        "{\"song_id\":3,\"song_name\":\"So What\",\"artist_name\":\"Miles Davis\","
            + "\"song_duration\":562.5}";
    ParseResult<MusicEvent> result =
        parser.parseRequest(EventType.NEW_SINGLE_SONG, json(body), TRACE);
    assertThat(result)
        .isEqualTo(
            new ParseResult.Valid<>(
                new NewSingleSongEvent(TRACE, 3L, "So What", "Miles Davis", 562.5)));
  }

  @Test
  void namesEveryViolationAtOnce() {
    String body = "{\"album_id\":\"7\",\"album_name\":null,\"extra\":1,\"album_track_count\":2.5}";
    assertThat(violationsOf(EventType.NEW_ALBUM, body))
        .extracting(Violation::field)
        .containsExactlyInAnyOrder(
            "album_id", "album_name", "artist_name", "album_track_count", "extra");
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "NEW_ALBUM|{\"album_id\":0,\"album_name\":\"a\",\"artist_name\":\"b\",\"album_track_count\":1}|album_id",
        "NEW_ALBUM|{\"album_id\":1e30,\"album_name\":\"a\",\"artist_name\":\"b\",\"album_track_count\":1}|album_id",
        "NEW_ALBUM|{\"album_id\":1,\"album_name\":\" \",\"artist_name\":\"b\",\"album_track_count\":1}|album_name",
        "NEW_ALBUM|{\"album_id\":1,\"album_name\":\"a\",\"artist_name\":\"b\",\"album_track_count\":0}|album_track_count",
        "NEW_ALBUM|{\"album_id\":1,\"album_name\":\"a\",\"artist_name\":\"b\",\"album_track_count\":4294967297}|album_track_count",
        "NEW_ALBUM|{\"album_id\":1,\"album_name\":\"a\",\"artist_name\":true,\"album_track_count\":1}|artist_name",
        "NEW_ALBUM|{\"album_id\":1,\"album_name\":\"a\\u0000\",\"artist_name\":\"b\",\"album_track_count\":1}|album_name",
        "NEW_ALBUM|{\"album_id\":1,\"album_name\":\"\\ud800\",\"artist_name\":\"b\",\"album_track_count\":1}|album_name",
        "NEW_ALBUM|{\"trace_id\":\"x\",\"album_id\":1,\"album_name\":\"a\",\"artist_name\":\"b\",\"album_track_count\":1}|trace_id",
        "NEW_SINGLE_SONG|{\"song_id\":1,\"song_name\":\"a\",\"artist_name\":\"b\",\"song_duration\":0}|song_duration",
        "NEW_SINGLE_SONG|{\"song_id\":1,\"song_name\":\"a\",\"artist_name\":\"b\",\"song_duration\":86400.5}|song_duration",
        "NEW_SINGLE_SONG|{\"song_id\":1,\"song_name\":\"a\",\"artist_name\":\"b\",\"song_duration\":1e400}|song_duration",
        "NEW_SINGLE_SONG|{\"song_id\":1,\"song_name\":\"a\",\"artist_name\":\"b\",\"song_duration\":\"3\"}|song_duration",
        "NEW_SINGLE_SONG|{\"song_id\":-1,\"song_name\":\"a\",\"artist_name\":\"b\",\"song_duration\":3}|song_id",
      })
  void refusesABadPayloadNamingTheField(EventType type, String body, String field) {
    assertThat(violationsOf(type, body)).extracting(Violation::field).containsExactly(field);
  }

  @Test
  void refusesNamesLongerThanTheColumnButAcceptsTheLongestThatFits() {
    String fits = "x".repeat(Limits.MAX_NAME_LENGTH);
    String body =
        "{\"album_id\":1,\"album_name\":\"%s\",\"artist_name\":\"%s\",\"album_track_count\":1}"
            .formatted(fits, fits + "y");
    assertThat(violationsOf(EventType.NEW_ALBUM, body))
        .containsExactly(new Violation("artist_name", "size must be between 0 and 255"));
  }

  @Test
  void refusesABodyThatIsNotAnObject() {
    assertThat(violationsOf(EventType.NEW_ALBUM, "[1,2]"))
        .containsExactly(new Violation("", "must be a JSON object"));
  }

  @Test
  void refusesSyntaxErrorsAndDuplicateKeys() {
    assertThat(EventParser.readJson("{\"a\":".getBytes(StandardCharsets.UTF_8)))
        .isInstanceOf(ParseResult.Invalid.class);
    assertThat(EventParser.readJson("{\"a\":1,\"a\":2}".getBytes(StandardCharsets.UTF_8)))
        .isInstanceOf(ParseResult.Invalid.class);
    assertThat(EventParser.readJson(new byte[0])).isInstanceOf(ParseResult.Invalid.class);
  }
}
