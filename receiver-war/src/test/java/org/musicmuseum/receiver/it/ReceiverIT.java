package org.musicmuseum.receiver.it;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.musicmuseum.testkit.Http.json;

import jakarta.json.JsonObject;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.musicmuseum.kit.metrics.MetricNames;
import org.musicmuseum.kit.metrics.PrometheusText;
import org.musicmuseum.testkit.Http;
import org.musicmuseum.testkit.Samples;
import org.musicmuseum.testkit.TestStack;

/**
 * The receiver in its own Liberty server, publishing to a real Kafka broker. The stack runs on a
 * topic other than the default ({@code KAFKA_TOPIC}), so every test here also shows that the topic
 * is configuration: the stack creates it, the receiver probes and publishes to it.
 */
class ReceiverIT {

  static final String TOPIC = "museum-receiver-it";

  static final String JSON = Http.JSON;
  static final String ALBUM = Samples.ALBUM;
  static final String SINGLE = Samples.SINGLE;

  /** The receiver in its Liberty server against a real broker. */
  private static TestStack receiver;

  @BeforeAll
  static void start() {
    receiver =
        TestStack.start(
            "receiver-war", stack -> stack.services("receiver").serviceEnv("KAFKA_TOPIC", TOPIC));
  }

  @AfterAll
  static void stop() {
    if (receiver != null) {
      receiver.close();
    }
  }

  private static HttpResponse<String> post(
      String path, String contentType, String body, String... headers) {
    return receiver.post("receiver", path, contentType, body, headers);
  }

  /** Every record on the topic, key → value (read from the beginning). */
  private static Map<String, String> topicRecords() {
    Map<String, String> records = new HashMap<>();
    for (ConsumerRecord<byte[], byte[]> record : receiver.topicRecords()) {
      if (record.key() != null && record.value() != null) {
        records.put(
            new String(record.key(), StandardCharsets.UTF_8),
            new String(record.value(), StandardCharsets.UTF_8));
      }
    }
    return records;
  }

  @Test
  void eventsGoToTheConfiguredTopic() {
    HttpResponse<String> response = post("/events/new_album", JSON, ALBUM);

    assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
    assertThat(receiver.stack().topic()).isEqualTo(TOPIC);
    assertThat(receiver.topicRecords()).isNotEmpty().allMatch(r -> r.topic().equals(TOPIC));
    assertThat(receiver.readiness("receiver").toString()).contains("\"partitions\"");
  }

  @Test
  void anAcceptedAlbumIsOnTheTopicUnderItsTraceId() {
    HttpResponse<String> response = post("/events/new_album", JSON, ALBUM);

    assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
    String traceId = json(response).getString("trace_id");
    JsonObject record = json(topicRecords().get(traceId));
    assertThat(record.getString("type")).isEqualTo("new_album");
    assertThat(record.getString("datetime")).isNotBlank();
    JsonObject payload = record.getJsonObject("payload");
    assertThat(payload.getString("trace_id")).isEqualTo(traceId);
    assertThat(payload.getString("album_name")).isEqualTo("Kind of Blue");
    assertThat(payload.getInt("album_track_count")).isEqualTo(5);
  }

  @Test
  void aW3cTraceparentContinuesOntoTheRecordAndNothingIsExportedWithoutAnEndpoint()
      throws Exception {
    String w3cTraceId = "4bf92f3577b34da6a3ce929d0e0e4736";
    String clientSpanId = "00f067aa0ba902b7";
    HttpResponse<String> response =
        post(
            "/events/new_album",
            JSON,
            ALBUM,
            "traceparent",
            "00-" + w3cTraceId + "-" + clientSpanId + "-01");

    assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
    String traceId = json(response).getString("trace_id");
    ConsumerRecord<byte[], byte[]> record =
        receiver.topicRecords().stream()
            .filter(r -> r.key() != null && traceId.equals(new String(r.key(), UTF_8)))
            .findFirst()
            .orElseThrow();
    String traceparent = new String(record.headers().lastHeader("traceparent").value(), UTF_8);
    assertThat(traceparent).matches("00-" + w3cTraceId + "-[0-9a-f]{16}-01");
    assertThat(traceparent).doesNotContain(clientSpanId);
    String log = Files.readString(receiver.logDir("receiver").resolve("messages.log"));
    assertThat(log).doesNotContain("LoggingSpanExporter").doesNotContain("Failed to export");
  }

  @Test
  void anAcceptedSingleIsOnTheTopic() {
    HttpResponse<String> response = post("/events/new_single_song", JSON, SINGLE);

    assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
    String traceId = json(response).getString("trace_id");
    assertThat(topicRecords().get(traceId)).contains("\"song_duration\":562.5");
  }

  @Test
  void theSameIdempotencyKeyKeepsTheSameTraceId() {
    HttpResponse<String> first =
        post("/events/new_album", JSON, ALBUM, "Idempotency-Key", "order-17");
    HttpResponse<String> retry =
        post("/events/new_album", JSON, ALBUM, "Idempotency-Key", "order-17");

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

    HttpResponse<String> response = post(request.get(0), request.get(1), request.get(2));

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
        post("/events/new_album", JSON, "{\"album_id\":0,\"album_name\":\"\",\"x\":1}");

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
        post("/events/new_album", JSON, ALBUM, "Idempotency-Key", "x".repeat(201));
    assertThat(response.statusCode()).isEqualTo(400);
  }

  @Test
  void aBatchAnswersEveryRecordAndPublishesOnlyTheValidOnes() {
    String valid = "{\"type\":\"new_album\",\"payload\":" + ALBUM + "}";
    String invalid = "{\"type\":\"new_single_song\",\"payload\":{\"song_id\":1}}";
    String body = "[" + valid + "," + invalid + "," + valid + "]";
    long before = receiver.topicSize();

    HttpResponse<String> response = post("/events/batch", JSON, body);

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

    HttpResponse<String> response = post("/events/batch", "application/x-ndjson", body);

    assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
    JsonObject result = json(response);
    assertThat(result.getInt("accepted")).isEqualTo(50);
    var traceIds =
        result.getJsonArray("results").getValuesAs(JsonObject.class).stream()
            .map(r -> r.getString("trace_id"))
            .collect(Collectors.toSet());
    assertThat(topicRecords().keySet()).containsAll(traceIds);
  }

  @Test
  void withKafkaDownAPostGets503WithRetryAfterInsteadOfHanging() {
    double unavailableBefore =
        refused(receiver.metrics("receiver"), "new_album", "kafka_unavailable");
    receiver.stack().stopKafka();
    try {
      long start = System.nanoTime();
      HttpResponse<String> response = post("/events/new_album", JSON, ALBUM);
      long millis = (System.nanoTime() - start) / 1_000_000;

      assertThat(response.statusCode()).as(response.body()).isEqualTo(503);
      assertThat(response.headers().firstValue("Retry-After")).hasValue("5");
      assertThat(millis).as("answered in %d ms", millis).isLessThan(10_000);
      assertThat(receiver.getServer("receiver", "/health/ready").statusCode()).isEqualTo(503);
    } finally {
      receiver.stack().startKafka();
    }
    AtomicInteger unavailable = new AtomicInteger(1);
    await()
        .atMost(Duration.ofSeconds(60))
        .until(
            () -> {
              int status = post("/events/new_album", JSON, ALBUM).statusCode();
              if (status == 503) {
                unavailable.incrementAndGet();
              }
              return status == 201;
            });
    assertThat(receiver.getServer("receiver", "/health/ready").statusCode()).isEqualTo(200);
    assertThat(refused(receiver.metrics("receiver"), "new_album", "kafka_unavailable"))
        .isEqualTo(unavailableBefore + unavailable.get());
  }

  private static double accepted(PrometheusText metrics, String type) {
    return metrics.sum(MetricNames.RECEIVER_ACCEPTED + MetricNames.COUNTER, Map.of("type", type));
  }

  private static double refused(PrometheusText metrics, String type, String reason) {
    return metrics.sum(
        MetricNames.RECEIVER_REFUSED + MetricNames.COUNTER, Map.of("type", type, "reason", reason));
  }

  @Test
  void metricsCountEveryAcceptedAndRefusedEventByTypeAndReason() {
    PrometheusText before = receiver.metrics("receiver");
    post("/events/new_album", JSON, ALBUM);
    post("/events/new_album", JSON, ALBUM);
    post("/events/new_single_song", JSON, SINGLE);
    post("/events/new_single_song", JSON, "{\"song_id\": 1}");
    post("/events/new_album", JSON, "x".repeat(70_000));
    String batch =
        "[{\"type\":\"new_album\",\"payload\":"
            + ALBUM
            + "},{\"type\":\"new_single_song\",\"payload\":{}},{\"type\":\"nope\"}]";
    assertThat(post("/events/batch", JSON, batch).statusCode()).isEqualTo(207);

    PrometheusText after = receiver.metrics("receiver");
    assertThat(accepted(after, "new_album") - accepted(before, "new_album")).isEqualTo(3);
    assertThat(accepted(after, "new_single_song") - accepted(before, "new_single_song"))
        .isEqualTo(1);
    assertThat(
            refused(after, "new_single_song", "invalid")
                - refused(before, "new_single_song", "invalid"))
        .isEqualTo(2);
    assertThat(refused(after, "unknown", "invalid") - refused(before, "unknown", "invalid"))
        .isEqualTo(1);
    assertThat(refused(after, "new_album", "too_large") - refused(before, "new_album", "too_large"))
        .isEqualTo(1);
    assertThat(
            after.sum(MetricNames.RECEIVER_PUBLISH + MetricNames.TIMER + "_count", Map.of())
                - before.sum(MetricNames.RECEIVER_PUBLISH + MetricNames.TIMER + "_count", Map.of()))
        .isEqualTo(4);
    assertThat(
            after.samples(
                MetricNames.RECEIVER_PUBLISH + MetricNames.TIMER + "_bucket",
                Map.of("le", "0.005")))
        .hasSize(1);
  }

  @Test
  void isReadyAndPublishesItsOpenApiDocument() {
    HttpResponse<String> ready = receiver.getServer("receiver", "/health/ready");
    assertThat(ready.statusCode()).isEqualTo(200);
    assertThat(ready.body()).contains("\"kafka\"");

    HttpResponse<String> openapi = receiver.getServer("receiver", "/openapi");
    assertThat(openapi.statusCode()).isEqualTo(200);
    assertThat(openapi.body())
        .contains("/receiver", "/events/new_album", "NewAlbum", "album_track_count")
        .doesNotContain("Content-Length");
    assertThat(receiver.getServer("receiver", "/openapi/ui/").statusCode()).isEqualTo(200);
  }
}
