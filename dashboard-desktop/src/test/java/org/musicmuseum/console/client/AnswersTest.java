package org.musicmuseum.console.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.json.Json;
import jakarta.json.JsonReader;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.musicmuseum.console.client.JsonFields.Malformed;
import org.musicmuseum.console.model.ArtistCount;
import org.musicmuseum.console.model.AuditCounts;
import org.musicmuseum.console.model.AuditEntry;
import org.musicmuseum.console.model.AuditType;
import org.musicmuseum.console.model.HealthReport;
import org.musicmuseum.console.model.MinuteCount;
import org.musicmuseum.console.model.ServiceStatus;
import org.musicmuseum.console.model.Stats;

class AnswersTest {

  private static final String STATS =
      """
      {"num_album_events": 12345, "max_album_track_count": 17, "num_single_events": 678,
       "max_single_song_duration": 562.5, "last_updated": "2024-05-01T10:15:30Z",
       "events_per_minute": [
         {"minute": "2024-05-01T10:14:00Z", "albums": 3, "singles": 1},
         {"minute": "2024-05-01T10:15:00Z", "albums": 0, "singles": 2}],
       "top_artists": [{"artist_name": "Nina Simone", "events": 9},
                       {"artist_name": "Miles Davis", "events": 4}]}
      """;

  static JsonValue json(String text) {
    try (JsonReader reader = Json.createReader(new StringReader(text))) {
      return reader.readValue();
    }
  }

  @Test
  void fullStatisticsAreRead() throws Malformed {
    Stats stats = Answers.stats(json(STATS));

    assertThat(stats.albums()).isEqualTo(12345);
    assertThat(stats.maxTrackCount()).isEqualTo(17);
    assertThat(stats.singles()).isEqualTo(678);
    assertThat(stats.maxSongDuration()).isEqualTo(562.5);
    assertThat(stats.lastUpdated()).contains(Instant.parse("2024-05-01T10:15:30Z"));
    assertThat(stats.perMinute())
        .containsExactly(
            new MinuteCount(Instant.parse("2024-05-01T10:14:00Z"), 3, 1),
            new MinuteCount(Instant.parse("2024-05-01T10:15:00Z"), 0, 2));
    assertThat(stats.topArtists())
        .containsExactly(new ArtistCount("Nina Simone", 9), new ArtistCount("Miles Davis", 4));
  }

  @Test
  void absentListsAndTimeAreEmpty() throws Malformed {
    Stats stats =
        Answers.stats(
            json(
                """
                {"num_album_events": 0, "max_album_track_count": 0, "num_single_events": 0,
                 "max_single_song_duration": 0, "last_updated": null, "top_artists": null}
                """));

    assertThat(stats.lastUpdated()).isEmpty();
    assertThat(stats.perMinute()).isEmpty();
    assertThat(stats.topArtists()).isEmpty();
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      quoteCharacter = '`',
      textBlock =
          """
          "num_album_events": 12345 | "num_album_events": "x" | 'num_album_events' is missing or not a number
          "max_album_track_count": 17 | "max_album_track_count": 1.5 | 'max_album_track_count' is not a whole number
          "events_per_minute": [ | "events_per_minute": 5, "x": [ | 'events_per_minute' is not a list
          "top_artists": [ | "top_artists": {}, "x": [ | 'top_artists' is not a list
          "minute": "2024-05-01T10:14:00Z" | "minute": "10:14" | 'minute' is not an ISO-8601 instant
          "last_updated": "2024-05-01T10:15:30Z" | "last_updated": 17 | 'last_updated' is missing or not a string
          "artist_name": "Nina Simone" | "artist_name": null | 'artist_name' is missing or not a string
          "singles": 2 | "singles": true | 'singles' is missing or not a number
          "events": 9 | "events": 9.0 | 'events' is not a whole number
          """)
  void aMistypedFieldIsNamed(String field, String mistyped, String message) {
    String text = STATS.replace(field, mistyped);
    assertThat(text).isNotEqualTo(STATS);
    JsonValue bad = json(text);

    assertThatThrownBy(() -> Answers.stats(bad)).isInstanceOf(Malformed.class).hasMessage(message);
  }

  @Test
  void theHealthReportKeepsTheServicesInTheirOrder() throws Malformed {
    HealthReport report =
        Answers.health(
            json(
                """
                {"last_update": "2024-05-01T10:00:05Z",
                 "services": {
                   "receiver": {"status": "Running", "last_check": "2024-05-01T10:00:04Z",
                                "since": "2024-05-01T09:00:00Z", "detail": "ready"},
                   "storage": {"status": "Down", "last_check": "2024-05-01T10:00:05Z",
                               "since": "2024-05-01T09:59:00Z",
                               "detail": "connection refused"},
                   "audit": {"status": "Unknown"}},
                 "history": [{"service": "storage", "from": "Running", "to": "Down"}]}
                """));

    assertThat(report.lastUpdate()).contains(Instant.parse("2024-05-01T10:00:05Z"));
    assertThat(report.services())
        .extracting(ServiceStatus::service)
        .containsExactly("receiver", "storage", "audit");
    assertThat(report.services().get(1))
        .isEqualTo(
            new ServiceStatus(
                "storage",
                "Down",
                Optional.of(Instant.parse("2024-05-01T10:00:05Z")),
                Optional.of(Instant.parse("2024-05-01T09:59:00Z")),
                "connection refused"));
    assertThat(report.service("audit").orElseThrow())
        .isEqualTo(new ServiceStatus("audit", "Unknown", Optional.empty(), Optional.empty(), ""));
  }

  @Test
  void aHealthReportWithoutServicesIsRefused() {
    assertThatThrownBy(() -> Answers.health(json("{\"last_update\": null}")))
        .isInstanceOf(Malformed.class)
        .hasMessage("'services' is not a JSON object");
  }

  @Test
  void aServiceWithoutStatusIsRefused() {
    assertThatThrownBy(() -> Answers.health(json("{\"services\": {\"storage\": {}}}")))
        .isInstanceOf(Malformed.class)
        .hasMessage("'status' is missing or not a string");
  }

  @Test
  void countsAreRead() throws Malformed {
    assertThat(Answers.counts(json("{\"album\": 3, \"single_song\": 2, \"caught_up\": true}")))
        .isEqualTo(new AuditCounts(3, 2, true));
  }

  @Test
  void countsWithoutCaughtUpAreRefused() {
    assertThatThrownBy(() -> Answers.counts(json("{\"album\": 3, \"single_song\": 2}")))
        .isInstanceOf(Malformed.class)
        .hasMessage("'caught_up' is missing or not true/false");
  }

  @Test
  void anAuditRecordKeepsTheEventPrettyPrinted() throws Malformed {
    AuditEntry entry =
        Answers.entry(
            json(
                """
                {"event": {"title": "Kind of Blue", "artist": "Miles Davis", "tracks": 5},
                 "partition": 1, "offset": 42, "timestamp": "2024-05-01T10:00:00Z"}
                """),
            AuditType.ALBUM,
            7);

    assertThat(entry.type()).isEqualTo(AuditType.ALBUM);
    assertThat(entry.index()).isEqualTo(7);
    assertThat(entry.partition()).isEqualTo(1);
    assertThat(entry.offset()).isEqualTo(42);
    assertThat(entry.timestamp()).isEqualTo("2024-05-01T10:00:00Z");
    assertThat(entry.eventJson())
        .contains("\"title\": \"Kind of Blue\"", "\"artist\": \"Miles Davis\"", "\"tracks\": 5")
        .contains("\n")
        .startsWith("{")
        .endsWith("}");
    assertThat(json(entry.eventJson()).asJsonObject().getString("title")).isEqualTo("Kind of Blue");
  }

  @Test
  void anAuditRecordWhoseEventIsNoObjectIsRefused() {
    String text = "{\"event\": \"x\", \"partition\": 1, \"offset\": 42, \"timestamp\": \"t\"}";

    assertThatThrownBy(() -> Answers.entry(json(text), AuditType.SINGLE_SONG, 0))
        .isInstanceOf(Malformed.class)
        .hasMessage("'event' is not a JSON object");
  }
}
