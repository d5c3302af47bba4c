package org.musicmuseum.audit.domain;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import java.io.StringReader;
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
}
