package org.musicmuseum.processing.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.json.bind.JsonbException;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

/** The JSON of the state file and of {@code GET /stats}, field by field. */
class JsonShapesTest {

  private static final Jsonb JSONB = JsonbBuilder.create();
  private static final Instant NOW = Instant.parse("2026-11-26T14:08:39.322874Z");
  private static final Instant MINUTE = Instant.parse("2026-11-26T14:08:00Z");

  @AfterAll
  static void close() throws Exception {
    JSONB.close();
  }

  private static ProcessingState sample() {
    return new ProcessingState(
        2,
        "0:1234,1:17",
        "0:567",
        1000,
        20,
        500,
        862.5,
        NOW,
        Map.of("Miles Davis", 3L, "Abba", 2L),
        List.of(new MinuteCount(MINUTE, 2, 3)),
        List.of(new CountingRun(7, NOW, "0:1200", "0:1234,1:17", "", "0:567")));
  }

  @Test
  void theStateFileHoldsStatisticsCursorsArtistsAndMinutes() {
    assertThat(JSONB.toJson(sample()))
        .isEqualTo(
            "{\"format\":2,\"album_cursor\":\"0:1234,1:17\",\"single_cursor\":\"0:567\","
                + "\"num_album_events\":1000,"
                + "\"max_album_track_count\":20,\"num_single_events\":500,"
                + "\"max_single_song_duration\":862.5,"
                + "\"last_updated\":\"2026-11-26T14:08:39.322874Z\","
                + "\"artist_events\":{\"Abba\":2,\"Miles Davis\":3},"
                + "\"minute_buckets\":[{\"minute\":\"2026-11-26T14:08:00Z\",\"albums\":2,"
                + "\"singles\":3}],"
                + "\"runs\":[{\"run\":7,\"at\":\"2026-11-26T14:08:39.322874Z\","
                + "\"albums_after\":\"0:1200\",\"albums_up_to\":\"0:1234,1:17\","
                + "\"singles_after\":\"\",\"singles_up_to\":\"0:567\"}]}");
  }

  @Test
  void theStateFileReadsBack() {
    assertThat(JSONB.fromJson(JSONB.toJson(sample()), ProcessingState.class)).isEqualTo(sample());
    assertThat(JSONB.fromJson(JSONB.toJson(ProcessingState.empty()), ProcessingState.class))
        .isEqualTo(ProcessingState.empty());
  }

  @Test
  void aDamagedStateIsRefused() {
    String negative =
        JSONB.toJson(sample()).replace("\"album_cursor\":\"0:1234", "\"album_cursor\":\"0:-1");
    String unknownFormat = JSONB.toJson(sample()).replace("\"format\":2", "\"format\":7");
    String badRun =
        JSONB.toJson(sample()).replace("\"albums_after\":\"0:1200", "\"albums_after\":\"x");

    assertThatThrownBy(() -> JSONB.fromJson(negative, ProcessingState.class))
        .isInstanceOf(JsonbException.class);
    assertThatThrownBy(() -> JSONB.fromJson(unknownFormat, ProcessingState.class))
        .isInstanceOf(JsonbException.class);
    assertThatThrownBy(() -> JSONB.fromJson(badRun, ProcessingState.class))
        .isInstanceOf(JsonbException.class);
    assertThatThrownBy(() -> JSONB.fromJson("{\"format\":2}", ProcessingState.class))
        .isInstanceOf(JsonbException.class);
  }

  @Test
  void statsHaveTheDocumentedFieldsAndOmitLastUpdatedBeforeTheFirstRun() {
    StatsView view =
        new StatsSnapshot(
                3,
                12,
                2,
                562.5,
                java.util.Optional.of(NOW),
                List.of(new MinuteCount(MINUTE, 2, 1)),
                List.of(new ArtistCount("Miles Davis", 3)))
            .view(NOW);
    String json = JSONB.toJson(view);

    assertThat(json)
        .startsWith(
            "{\"num_album_events\":3,\"max_album_track_count\":12,\"num_single_events\":2,"
                + "\"max_single_song_duration\":562.5,"
                + "\"last_updated\":\"2026-11-26T14:08:39.322874Z\",\"events_per_minute\":[")
        .endsWith(
            "{\"minute\":\"2026-11-26T14:08:00Z\",\"albums\":2,\"singles\":1}],"
                + "\"top_artists\":[{\"artist_name\":\"Miles Davis\",\"events\":3}]}");
    assertThat(
            JSONB.toJson(
                StatsAccumulator.restore(ProcessingState.empty(), 10, 10, NOW)
                    .snapshot(NOW)
                    .view(NOW)))
        .startsWith(
            "{\"num_album_events\":0,\"max_album_track_count\":0,\"num_single_events\":0,"
                + "\"max_single_song_duration\":0.0,\"events_per_minute\":[")
        .doesNotContain("last_updated");
  }
}
