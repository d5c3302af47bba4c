package org.musicmuseum.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.musicmuseum.testkit.Http.JSON;

import jakarta.json.JsonObject;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.musicmuseum.events.TraceIds;
import org.musicmuseum.testkit.Http;
import org.musicmuseum.testkit.Problems;
import org.musicmuseum.testkit.Samples;
import org.musicmuseum.testkit.TestStack;

/**
 * "Where is my event?" ({@code GET /audit_log/trace/{trace_id}}) for an event in each state, on
 * {@link PipelineSystemIT}'s stack. A paused service is resumed, and ready again, before the check
 * ends, whatever happens.
 */
abstract class TraceChecks {

  private static final Duration PATIENCE = Duration.ofSeconds(90);

  private final TestStack museum;

  protected TraceChecks(TestStack museum) {
    this.museum = museum;
  }

  private String postAlbum(String... headers) {
    HttpResponse<String> posted =
        museum.post("receiver", "/events/new_album", JSON, Samples.ALBUM, headers);
    return Http.jsonOf(posted, 201).getString("trace_id");
  }

  private JsonObject lookup(String traceId) {
    return Http.jsonOf(museum.get("audit", "/trace/" + traceId), 200);
  }

  private JsonObject awaitState(String traceId, String state) {
    return await()
        .atMost(PATIENCE)
        .pollInterval(Duration.ofMillis(200))
        .until(() -> lookup(traceId), answer -> state.equals(answer.getString("state")));
  }

  /** The partition Kafka holds the record keyed {@code traceId} in. */
  private int partitionInTopic(String traceId) {
    byte[] key = traceId.getBytes(StandardCharsets.UTF_8);
    return museum.topicRecords().stream()
        .filter(r -> Arrays.equals(key, r.key()))
        .findFirst()
        .orElseThrow()
        .partition();
  }

  @Test
  void aCountedEventShowsEveryHopWithItsTimes() {
    String traceId = postAlbum();
    JsonObject answer = awaitState(traceId, "counted");

    JsonObject kafka = answer.getJsonObject("kafka");
    assertThat(kafka.getBoolean("searched")).isTrue();
    assertThat(kafka.getBoolean("found")).isTrue();
    assertThat(kafka.getInt("partition")).isEqualTo(partitionInTopic(traceId));
    JsonObject stored = answer.getJsonObject("stored");
    assertThat(stored.getString("status")).isEqualTo("stored");
    assertThat(stored.getString("table")).isEqualTo("albums");
    assertThat(stored.getJsonNumber("row_id").longValue())
        .isEqualTo(museum.db().count("SELECT id FROM albums WHERE trace_id = '" + traceId + "'"));
    JsonObject counted = answer.getJsonObject("counted");
    assertThat(counted.getJsonNumber("run").longValue()).isPositive();
    Instant accepted = Instant.parse(answer.getString("accepted_at"));
    assertThat(Instant.parse(stored.getString("at"))).isAfterOrEqualTo(accepted);
    JsonObject hops = answer.getJsonObject("hops");
    assertThat(hops.getJsonNumber("accepted_to_kafka_ms").longValue()).isNotNegative();
    assertThat(hops.getJsonNumber("kafka_to_stored_ms").longValue()).isNotNegative();
    assertThat(hops.getJsonNumber("stored_to_counted_ms").longValue()).isNotNegative();
  }

  @Test
  void anEventKafkaHoldsWhileStorageIsPausedIsFoundInKafka() {
    String traceId;
    museum.stack().pause("storage");
    try {
      traceId = postAlbum();
      JsonObject answer = lookup(traceId);
      assertThat(answer.getString("state")).isEqualTo("in_kafka");
      assertThat(answer.getJsonObject("kafka").getBoolean("found")).isTrue();
      assertThat(answer.getJsonObject("stored").getString("status")).isEqualTo("unknown");
      assertThat(answer.getJsonObject("stored").getString("reason")).startsWith("storage ");
    } finally {
      museum.stack().resume("storage");
      museum.awaitReady("storage", PATIENCE);
    }
    awaitState(traceId, "counted");
  }

  @Test
  void anEventStoredWhileProcessingIsPausedIsStoredNotCounted() {
    String traceId;
    museum.stack().pause("processing");
    try {
      traceId = postAlbum();
      JsonObject answer = awaitState(traceId, "stored");
      assertThat(answer.getJsonObject("counted").getString("status")).isEqualTo("unknown");
      assertThat(answer.getJsonObject("counted").getString("reason")).startsWith("processing ");
    } finally {
      museum.stack().resume("processing");
      museum.awaitReady("processing", PATIENCE);
    }
    JsonObject counted = awaitState(traceId, "counted");
    assertThat(counted.getJsonObject("counted").getJsonNumber("run").longValue()).isPositive();
    String where = " FROM albums WHERE trace_id = '" + traceId + "'";
    long partition = museum.db().count("SELECT kafka_partition" + where);
    long offset = museum.db().count("SELECT kafka_offset" + where);
    String query = "/runs/counting?type=new_album&partition=" + partition + "&offset=";
    assertThat(Http.jsonOf(museum.get("processing", query + offset), 200).getBoolean("counted"))
        .isTrue();
    JsonObject beyond = Http.jsonOf(museum.get("processing", query + (offset + 1_000_000L)), 200);
    assertThat(beyond.getBoolean("counted")).isFalse();
    assertThat(beyond.getJsonNumber("cursor").longValue()).isGreaterThanOrEqualTo(offset);
  }

  @Test
  void anIdempotencyKeyIdIsAnsweredFromStorageAlone() {
    String traceId = postAlbum("Idempotency-Key", "trace-check-" + UUID.randomUUID());
    assertThat(TraceIds.timeOf(traceId)).isEmpty();

    JsonObject answer = awaitState(traceId, "counted");

    JsonObject kafka = answer.getJsonObject("kafka");
    assertThat(kafka.getBoolean("searched")).isFalse();
    assertThat(kafka.getString("reason")).contains("Idempotency-Key", "storage alone");
    assertThat(kafka.getInt("partition")).isEqualTo(partitionInTopic(traceId));
  }

  @Test
  void anUnknownIdIs404AndAMalformedOne400() {
    HttpResponse<String> unknown = museum.get("audit", "/trace/" + TraceIds.random());
    HttpResponse<String> malformed = museum.get("audit", "/trace/not-a-trace-id");

    assertThat(unknown.statusCode()).as(unknown.body()).isEqualTo(404);
    assertThat(Problems.isProblem(unknown)).isTrue();
    assertThat(Problems.wrongIn(malformed)).isEmpty();
    assertThat(malformed.statusCode()).isEqualTo(400);
  }
}
