package org.musicmuseum.audit.domain;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import java.io.StringReader;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** The JSON the REST API answers with, as JSON-B writes it. */
class ResponseJsonTest {

  @Test
  void anEventKeepsItsEnvelopeAsAnObjectNextToItsPosition() throws Exception {
    JsonObject envelope =
        Json.createReader(
                new StringReader(
                    "{\"type\":\"new_single_song\",\"datetime\":\"2026-11-25T10:15:30.123Z\","
                        + "\"payload\":{\"trace_id\":\"t\",\"song_duration\":562.5}}"))
            .readObject();
    try (Jsonb jsonb = JsonbBuilder.create()) {
      String json = jsonb.toJson(new AuditRecord(envelope, 1, 42, "2026-11-25T10:15:30.125Z"));

      assertThat(json)
          .isEqualTo(
              "{\"event\":{\"type\":\"new_single_song\",\"datetime\":\"2026-11-25T10:15:30.123Z\","
                  + "\"payload\":{\"trace_id\":\"t\",\"song_duration\":562.5}},"
                  + "\"partition\":1,\"offset\":42,\"timestamp\":\"2026-11-25T10:15:30.125Z\"}");
    }
  }

  @Test
  void countsUseTheWireNamesOfTheTypes() throws Exception {
    try (Jsonb jsonb = JsonbBuilder.create()) {
      assertThat(jsonb.toJson(new Counts(30, 20, true)))
          .isEqualTo("{\"album\":30,\"single_song\":20,\"caught_up\":true}");
    }
  }

  @Test
  void aTraceAnswerUsesSnakeCaseAndLeavesOutWhatIsUnknown() throws Exception {
    Instant t = Instant.parse("2026-12-05T16:30:01.234Z");
    TraceAnswer answer =
        new TraceAnswer(
            "id",
            "in_kafka",
            t,
            new TraceAnswer.KafkaHop(true, true, 1, 17L, t, null),
            new TraceAnswer.StoredHop("unknown", null, null, null, "storage answered 503"),
            new TraceAnswer.CountedHop("not_counted", null, null, null),
            new TraceAnswer.Hops(0L, null, null));
    try (Jsonb jsonb = JsonbBuilder.create()) {
      assertThat(jsonb.toJson(answer))
          .isEqualTo(
              "{\"trace_id\":\"id\",\"state\":\"in_kafka\","
                  + "\"accepted_at\":\"2026-12-05T16:30:01.234Z\","
                  + "\"kafka\":{\"searched\":true,\"found\":true,\"partition\":1,\"offset\":17,"
                  + "\"timestamp\":\"2026-12-05T16:30:01.234Z\"},"
                  + "\"stored\":{\"status\":\"unknown\",\"reason\":\"storage answered 503\"},"
                  + "\"counted\":{\"status\":\"not_counted\"},"
                  + "\"hops\":{\"accepted_to_kafka_ms\":0}}");
    }
  }
}
