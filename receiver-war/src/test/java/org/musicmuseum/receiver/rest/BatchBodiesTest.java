package org.musicmuseum.receiver.rest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import jakarta.ws.rs.WebApplicationException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.musicmuseum.events.ParseResult;

class BatchBodiesTest {

  private static byte[] utf8(String text) {
    return text.getBytes(StandardCharsets.UTF_8);
  }

  private static String name(ParseResult<JsonValue> record) {
    return ((JsonObject) record.orElseThrow(AssertionError::new)).getString("n");
  }

  @Test
  void ndjsonSkipsBlankLinesAndAcceptsCrLfAndAMissingLastNewline() {
    List<ParseResult<JsonValue>> records =
        BatchBodies.ndjson(utf8("{\"n\":\"a\"}\r\n\n  \t\r\n{\"n\":\"b\"}\n{\"n\":\"c\"}"));
    assertThat(records).extracting(BatchBodiesTest::name).containsExactly("a", "b", "c");
  }

  @Test
  void ndjsonRefusesOnlyTheBrokenLine() {
    List<ParseResult<JsonValue>> records =
        BatchBodies.ndjson(utf8("{\"n\":\"a\"}\n{\"n\":\n{\"n\":\"ü🎷\"}\n"));
    assertThat(records).hasSize(3);
    assertThat(records.get(1)).isInstanceOf(ParseResult.Invalid.class);
    assertThat(name(records.get(0))).isEqualTo("a");
    assertThat(name(records.get(2))).isEqualTo("ü🎷");
  }

  @Test
  void ndjsonOfOnlyBlankLinesHasNoRecords() {
    assertThat(BatchBodies.ndjson(utf8("\n \r\n\t\n"))).isEmpty();
    assertThat(BatchBodies.ndjson(new byte[0])).isEmpty();
  }

  @Test
  void aJsonBatchMustBeAnArray() {
    assertThat(BatchBodies.jsonArray(utf8("[{\"n\":\"a\"},{\"n\":\"b\"}]")))
        .extracting(BatchBodiesTest::name)
        .containsExactly("a", "b");
    assertThatThrownBy(() -> BatchBodies.jsonArray(utf8("{\"n\":\"a\"}")))
        .isInstanceOf(WebApplicationException.class)
        .extracting(e -> ((WebApplicationException) e).getResponse().getStatus())
        .isEqualTo(400);
    assertThatThrownBy(() -> BatchBodies.jsonArray(utf8("[{\"n\":")))
        .isInstanceOf(WebApplicationException.class);
  }
}
