package org.musicmuseum.receiver.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** The receiver in its own Liberty server, publishing to a real Kafka broker. */
class ReceiverIT {

  static final String JSON = "application/json";
  static final String ALBUM =
      "{\"album_id\":7,\"album_name\":\"Kind of Blue\",\"artist_name\":\"Miles Davis\","
          + "\"album_track_count\":5}";
  static final String SINGLE =
      "{\"song_id\":3,\"song_name\":\"So What\",\"artist_name\":\"Miles Davis\","
          + "\"song_duration\":562.5}";

  private static ReceiverStack receiver;

  @BeforeAll
  static void start() throws Exception {
    receiver = ReceiverStack.start();
  }

  @AfterAll
  static void stop() {
    if (receiver != null) {
      receiver.close();
    }
  }

  static JsonObject json(HttpResponse<String> response) {
    return Json.createReader(new StringReader(response.body())).readObject();
  }

  @Test
  void anAcceptedAlbumIsOnTheTopicUnderItsTraceId() {
    HttpResponse<String> response = receiver.post("/events/new_album", JSON, ALBUM);

    assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
    String traceId = json(response).getString("trace_id");
    JsonObject record =
        Json.createReader(new StringReader(receiver.topicRecords().get(traceId))).readObject();
    assertThat(record.getString("type")).isEqualTo("new_album");
    assertThat(record.getString("datetime")).isNotBlank();
    JsonObject payload = record.getJsonObject("payload");
    assertThat(payload.getString("trace_id")).isEqualTo(traceId);
    assertThat(payload.getString("album_name")).isEqualTo("Kind of Blue");
    assertThat(payload.getInt("album_track_count")).isEqualTo(5);
  }

  @Test
  void anAcceptedSingleIsOnTheTopic() {
    HttpResponse<String> response = receiver.post("/events/new_single_song", JSON, SINGLE);

    assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
    String traceId = json(response).getString("trace_id");
    assertThat(receiver.topicRecords().get(traceId)).contains("\"song_duration\":562.5");
  }

  @Test
  void theSameIdempotencyKeyKeepsTheSameTraceId() {
    HttpResponse<String> first =
        receiver.post("/events/new_album", JSON, ALBUM, "Idempotency-Key", "order-17");
    HttpResponse<String> retry =
        receiver.post("/events/new_album", JSON, ALBUM, "Idempotency-Key", "order-17");

    assertThat(first.statusCode()).isEqualTo(201);
    assertThat(retry.statusCode()).isEqualTo(201);
    assertThat(json(retry).getString("trace_id")).isEqualTo(json(first).getString("trace_id"));
  }

  static List<List<String>> badRequests() {
    String big = "{\"album_id\":1,\"album_name\":\"" + "x".repeat(70_000) + "\"}";
    return List.of(
        List.of("/events/new_album", JSON, "{\"album_id\":", "400"),
        List.of("/events/new_album", JSON, "", "400"),
        List.of("/events/new_album", JSON, "[]", "400"),
        List.of(
            "/events/new_album",
            JSON,
            "{\"album_id\":\"7\",\"album_name\":\"a\",\"artist_name\":\"b\",\"album_track_count\":5}",
            "400"),
        List.of(
            "/events/new_album",
            JSON,
            "{\"album_id\":7,\"album_name\":\"a\",\"artist_name\":\"b\"}",
            "400"),
        List.of(
            "/events/new_album",
            JSON,
            "{\"album_id\":7,\"album_name\":\"a\",\"artist_name\":\"b\",\"album_track_count\":5,\"genre\":\"jazz\"}",
            "400"),
        List.of(
            "/events/new_album",
            JSON,
            "{\"album_id\":7,\"album_name\":null,\"artist_name\":\"b\",\"album_track_count\":5}",
            "400"),
        List.of(
            "/events/new_album",
            JSON,
            "{\"trace_id\":\"x\",\"album_id\":7,\"album_name\":\"a\",\"artist_name\":\"b\",\"album_track_count\":5}",
            "400"),
        List.of(
            "/events/new_album",
            JSON,
            "{\"album_id\":7,\"album_id\":8,\"album_name\":\"a\",\"artist_name\":\"b\",\"album_track_count\":5}",
            "400"),
        List.of(
            "/events/new_single_song",
            JSON,
            "{\"song_id\":3,\"song_name\":\"a\",\"artist_name\":\"b\",\"song_duration\":-1}",
            "400"),
        List.of(
            "/events/new_single_song",
            JSON,
            "{\"song_id\":1e999,\"song_name\":\"a\",\"artist_name\":\"b\",\"song_duration\":1}",
            "400"),
        List.of("/events/new_album", JSON, big, "413"),
        List.of("/events/new_album", "text/plain", ALBUM, "415"),
        List.of("/events/new_album", "application/xml", "<album/>", "415"),
        List.of("/events/batch", JSON, "{\"type\":\"new_album\"}", "400"),
        List.of("/events/batch", JSON, "[]", "400"),
        List.of("/events/nope", JSON, ALBUM, "404"),
        // The benchmark's no-op endpoint is off unless receiver.noop-endpoint is true.
        List.of("/noop/new_album", JSON, ALBUM, "404"));
  }

  @ParameterizedTest
  @MethodSource("badRequests")
  void badInputGetsAProblemAndEnqueuesNothing(List<String> request) {
    long before = receiver.topicSize();

    HttpResponse<String> response = receiver.post(request.get(0), request.get(1), request.get(2));

    assertThat(response.statusCode())
        .as(response.body())
        .isEqualTo(Integer.parseInt(request.get(3)));
    assertThat(response.headers().firstValue("Content-Type"))
        .hasValueSatisfying(type -> assertThat(type).startsWith("application/problem+json"));
    assertThat(json(response).getInt("status")).isEqualTo(response.statusCode());
    assertThat(receiver.topicSize()).isEqualTo(before);
  }

  @Test
  void aBadRequestNamesEveryViolation() {
    HttpResponse<String> response =
        receiver.post("/events/new_album", JSON, "{\"album_id\":0,\"album_name\":\"\",\"x\":1}");

    assertThat(response.statusCode()).isEqualTo(400);
    List<String> fields =
        json(response).getJsonArray("violations").getValuesAs(JsonObject.class).stream()
            .map(v -> v.getString("field"))
            .toList();
    assertThat(fields)
        .containsExactlyInAnyOrder(
            "album_id", "album_name", "artist_name", "album_track_count", "x");
  }

  @Test
  void aMalformedIdempotencyKeyIsRefused() {
    HttpResponse<String> response =
        receiver.post("/events/new_album", JSON, ALBUM, "Idempotency-Key", "x".repeat(201));
    assertThat(response.statusCode()).isEqualTo(400);
  }

  @Test
  void aBatchAnswersEveryRecordAndPublishesOnlyTheValidOnes() {
    String valid = "{\"type\":\"new_album\",\"payload\":" + ALBUM + "}";
    String invalid = "{\"type\":\"new_single_song\",\"payload\":{\"song_id\":1}}";
    String body = "[" + valid + "," + invalid + "," + valid + "]";
    long before = receiver.topicSize();

    HttpResponse<String> response = receiver.post("/events/batch", JSON, body);

    assertThat(response.statusCode()).as(response.body()).isEqualTo(207);
    JsonObject result = json(response);
    assertThat(result.getInt("accepted")).isEqualTo(2);
    assertThat(result.getInt("rejected")).isEqualTo(1);
    assertThat(result.getJsonArray("results").getValuesAs(JsonObject.class))
        .extracting(r -> r.getInt("status"))
        .containsExactly(201, 400, 201);
    assertThat(receiver.topicSize()).isEqualTo(before + 2);
  }

  @Test
  void anNdjsonBatchOfValidRecordsIsAllAccepted() {
    String body =
        IntStream.range(0, 50)
            .mapToObj(i -> "{\"type\":\"new_single_song\",\"payload\":" + SINGLE + "}")
            .collect(Collectors.joining("\n"));

    HttpResponse<String> response = receiver.post("/events/batch", "application/x-ndjson", body);

    assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
    JsonObject result = json(response);
    assertThat(result.getInt("accepted")).isEqualTo(50);
    var traceIds =
        result.getJsonArray("results").getValuesAs(JsonObject.class).stream()
            .map(r -> r.getString("trace_id"))
            .collect(Collectors.toSet());
    assertThat(receiver.topicRecords().keySet()).containsAll(traceIds);
  }

  @Test
  void withKafkaDownAPostGets503WithRetryAfterInsteadOfHanging() {
    String base = receiver.stack().serviceUrl("receiver").replace("/receiver", "");
    receiver.stack().stopKafka();
    try {
      long start = System.nanoTime();
      HttpResponse<String> response = receiver.post("/events/new_album", JSON, ALBUM);
      long millis = (System.nanoTime() - start) / 1_000_000;

      assertThat(response.statusCode()).as(response.body()).isEqualTo(503);
      assertThat(response.headers().firstValue("Retry-After")).hasValue("5");
      assertThat(millis).as("answered in %d ms", millis).isLessThan(10_000);
      assertThat(receiver.get(base + "/health/ready").statusCode()).isEqualTo(503);
    } finally {
      receiver.stack().startKafka();
    }
    await()
        .atMost(Duration.ofSeconds(60))
        .until(() -> receiver.post("/events/new_album", JSON, ALBUM).statusCode() == 201);
    assertThat(receiver.get(base + "/health/ready").statusCode()).isEqualTo(200);
  }

  @Test
  void isReadyAndPublishesItsOpenApiDocument() {
    String base = receiver.stack().serviceUrl("receiver").replace("/receiver", "");
    HttpResponse<String> ready = receiver.get(base + "/health/ready");
    assertThat(ready.statusCode()).isEqualTo(200);
    assertThat(ready.body()).contains("\"kafka\"");

    HttpResponse<String> openapi = receiver.get(base + "/openapi");
    assertThat(openapi.statusCode()).isEqualTo(200);
    assertThat(openapi.body())
        .contains("/receiver", "/events/new_album", "NewAlbum", "album_track_count")
        .doesNotContain("Content-Length");
    assertThat(receiver.get(base + "/openapi/ui/").statusCode()).isEqualTo(200);
  }
}
