package org.musicmuseum.receiver.rest;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedHashMap;
import java.io.ByteArrayOutputStream;
import java.io.StringReader;
import java.lang.annotation.Annotation;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.musicmuseum.events.Violation;
import org.musicmuseum.receiver.domain.BatchItemResult;
import org.musicmuseum.receiver.domain.BatchResult;

class BatchResultWriterTest {

  private static final BatchResult MIXED =
      BatchResult.of(
          List.of(
              BatchItemResult.accepted(0, "01JD6Z8Q3F"),
              BatchItemResult.invalid(
                  1,
                  List.of(
                      new Violation("payload.song_id", "must be present"),
                      new Violation("", "\"quoted\" and ünïcode"))),
              BatchItemResult.unavailable(2)));

  private static String written(BatchResult result) throws Exception {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    BatchResultWriter writer = new BatchResultWriter();
    writer.writeTo(
        result,
        BatchResult.class,
        BatchResult.class,
        new Annotation[0],
        MediaType.APPLICATION_JSON_TYPE,
        new MultivaluedHashMap<>(),
        out);
    return out.toString(StandardCharsets.UTF_8);
  }

  private static JsonObject parsed(String json) {
    try (var reader = Json.createReader(new StringReader(json))) {
      return reader.readObject();
    }
  }

  @Test
  void writesWhatJsonBWroteForEveryKindOfRecord() throws Exception {
    String expected;
    try (Jsonb jsonb = JsonbBuilder.create()) {
      expected = jsonb.toJson(MIXED);
    }

    assertThat(parsed(written(MIXED))).isEqualTo(parsed(expected));
  }

  @Test
  void keepsTheFieldOrderAndLeavesAbsentFieldsOut() throws Exception {
    assertThat(written(BatchResult.of(List.of(BatchItemResult.accepted(0, "t1")))))
        .isEqualTo(
            "{\"accepted\":1,\"rejected\":0,\"failed\":0,\"results\":"
                + "[{\"index\":0,\"status\":201,\"trace_id\":\"t1\",\"violations\":[]}]}");
  }

  @Test
  void writesOnlyBatchResults() {
    BatchResultWriter writer = new BatchResultWriter();
    MediaType json = MediaType.APPLICATION_JSON_TYPE;
    assertThat(writer.isWriteable(BatchResult.class, BatchResult.class, null, json)).isTrue();
    assertThat(writer.isWriteable(BatchItemResult.class, BatchItemResult.class, null, json))
        .isFalse();
  }
}
