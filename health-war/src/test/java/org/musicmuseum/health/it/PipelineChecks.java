package org.musicmuseum.health.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.net.http.HttpResponse;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.musicmuseum.events.Topics;
import org.musicmuseum.health.domain.IngestReading;
import org.musicmuseum.testkit.Http;
import org.musicmuseum.testkit.Samples;
import org.musicmuseum.testkit.TestStack;

/**
 * {@code GET /healthcheck/pipeline} on {@link HealthIT}'s stack: receiver and storage run,
 * processing and audit do not. A paused service is resumed, and Running again, before a check ends.
 */
abstract class PipelineChecks {

  private static final Duration PATIENCE = Duration.ofSeconds(120);

  private final TestStack health;

  protected PipelineChecks(TestStack health) {
    this.health = health;
  }

  private JsonObject pipeline() {
    HttpResponse<String> answer = health.get("health", "/pipeline");
    assertThat(answer.headers().firstValue("Content-Type"))
        .hasValueSatisfying(type -> assertThat(type).startsWith("application/json"));
    return Http.jsonOf(answer, 200);
  }

  private JsonObject item(String name) {
    return pipeline().getJsonObject(name);
  }

  private static boolean readWell(JsonObject item) {
    return item.get("at") != JsonValue.NULL && item.get("error") == JsonValue.NULL;
  }

  private long receiverAccepted() {
    return Math.round(health.metrics("receiver").sum(IngestReading.ACCEPTED));
  }

  @Test
  void answersEveryItemAndSaysWhichServicesCannotBeRead() {
    await().atMost(PATIENCE).until(() -> readWell(item("ingest")) && readWell(item("storage_lag")));
    JsonObject pipeline = pipeline();
    assertThat(pipeline.keySet())
        .containsExactly("ingest", "storage_lag", "freshness", "quarantined", "skipped");
    assertThat(pipeline.getJsonObject("storage_lag").getString("group"))
        .isEqualTo(Topics.STORAGE_GROUP);
    assertThat(pipeline.getJsonObject("storage_lag").getInt("partitions"))
        .isEqualTo(health.stack().partitions());
    assertThat(pipeline.getJsonObject("ingest").getInt("window_seconds")).isEqualTo(10);
    await().atMost(PATIENCE).until(() -> readWell(item("quarantined")));
    // Processing and audit point at ports where nothing listens.
    await()
        .atMost(PATIENCE)
        .untilAsserted(
            () -> {
              assertThat(item("freshness").getString("error", ""))
                  .isEqualTo("processing /metrics: connection refused");
              assertThat(item("skipped").getString("error", ""))
                  .isEqualTo("audit /metrics: connection refused");
            });
    assertThat(item("skipped").get("count")).isEqualTo(JsonValue.NULL);
    assertThat(item("skipped").get("at")).isEqualTo(JsonValue.NULL);
  }

  @Test
  void theAcceptedTotalGrowsByExactlyThePostedEvents() {
    health.awaitReady("receiver", PATIENCE);
    long before = receiverAccepted();
    int posted = 3;
    for (int i = 0; i < posted; i++) {
      HttpResponse<String> answer =
          health.post("receiver", "/events/new_album", Http.JSON, Samples.ALBUM);
      assertThat(answer.statusCode()).as(answer.body()).isEqualTo(201);
    }
    await()
        .atMost(PATIENCE)
        .untilAsserted(
            () ->
                assertThat(item("ingest").getJsonNumber("accepted_total").longValue())
                    .isEqualTo(before + posted));
    await().atMost(PATIENCE).until(() -> item("ingest").get("per_second") instanceof JsonNumber);
  }

  @Test
  void aPausedServiceGetsAnErrorAndKeepsItsLastValue() {
    await().atMost(PATIENCE).until(() -> readWell(item("quarantined")));
    long count = item("quarantined").getJsonNumber("count").longValue();
    health.stack().pause("storage");
    try {
      await()
          .atMost(PATIENCE)
          .untilAsserted(
              () -> {
                JsonObject quarantined = item("quarantined");
                assertThat(quarantined.getString("error", "")).startsWith("storage /metrics: ");
                assertThat(quarantined.getJsonNumber("count").longValue()).isEqualTo(count);
                assertThat(quarantined.get("at")).isNotEqualTo(JsonValue.NULL);
              });
      assertThat(readWell(item("ingest"))).isTrue();
    } finally {
      health.stack().resume("storage");
    }
    await().atMost(PATIENCE).until(() -> readWell(item("quarantined")));
    health.awaitReady("storage", PATIENCE);
  }
}
