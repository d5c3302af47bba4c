package org.musicmuseum.receiver.service;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonValue;
import jakarta.validation.Validation;
import jakarta.validation.ValidatorFactory;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.musicmuseum.events.EventEnvelope;
import org.musicmuseum.events.EventParser;
import org.musicmuseum.events.EventType;
import org.musicmuseum.events.ParseResult;
import org.musicmuseum.events.TraceIds;
import org.musicmuseum.receiver.domain.BatchItemResult;
import org.musicmuseum.receiver.domain.BatchResult;

class BatchIngestTest {

  private static final ValidatorFactory FACTORY = Validation.buildDefaultValidatorFactory();
  private static final Clock CLOCK =
      Clock.fixed(Instant.parse("2026-11-25T10:00:00Z"), ZoneOffset.UTC);

  private final List<EventEnvelope<?>> published = new ArrayList<>();

  @AfterAll
  static void closeFactory() {
    FACTORY.close();
  }

  private BatchIngest batchFailingFor(String artist) {
    BatchIngest batch = new BatchIngest();
    batch.ingest =
        new IngestService(
            new EventParser(FACTORY.getValidator()),
            envelope -> {
              if (envelope.payload().artistName().equals(artist)) {
                return CompletableFuture.failedFuture(new IllegalStateException("broker down"));
              }
              published.add(envelope);
              return CompletableFuture.completedFuture(null);
            },
            CLOCK);
    return batch;
  }

  private static ParseResult<JsonValue> json(String text) {
    return EventParser.readJson(text.getBytes(StandardCharsets.UTF_8));
  }

  @Test
  void answersEveryRecordInOrder() {
    List<ParseResult<JsonValue>> records =
        List.of(
            json(
                "{\"type\":\"new_album\",\"idempotency_key\":\"k1\",\"payload\":{\"album_id\":1,"
                    + "\"album_name\":\"A\",\"artist_name\":\"X\",\"album_track_count\":3}}"),
            json("{\"type\":\"new_single_song\",\"payload\":{\"song_id\":0}}"),
            json("{\"type\":\"new_song\",\"payload\":{}}"),
            json(
                "{\"type\":\"new_single_song\",\"payload\":{\"song_id\":2,\"song_name\":\"S\","
                    + "\"artist_name\":\"Down\",\"song_duration\":60}}"),
            json("[not json"));

    BatchResult result = batchFailingFor("Down").ingest(records).toCompletableFuture().join();

    assertThat(result.results()).extracting(BatchItemResult::index).containsExactly(0, 1, 2, 3, 4);
    assertThat(result.results())
        .extracting(BatchItemResult::status)
        .containsExactly(201, 400, 400, 503, 400);
    assertThat(result.results().get(0).traceId())
        .isEqualTo(TraceIds.fromIdempotencyKey(EventType.NEW_ALBUM, "k1"));
    assertThat(result.results().get(1).violations())
        .extracting(v -> v.field())
        .contains(
            "payload.song_id", "payload.song_name", "payload.artist_name", "payload.song_duration");
    assertThat(result.accepted()).isEqualTo(1);
    assertThat(result.rejected()).isEqualTo(3);
    assertThat(result.failed()).isEqualTo(1);
    assertThat(published).hasSize(1);
    assertThat(published.get(0).datetime()).isEqualTo(CLOCK.instant());
  }
}
