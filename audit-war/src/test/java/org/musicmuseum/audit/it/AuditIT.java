package org.musicmuseum.audit.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.musicmuseum.testkit.Http.json;
import static org.musicmuseum.testkit.Samples.ALBUM;
import static org.musicmuseum.testkit.Samples.SINGLE;

import jakarta.json.JsonObject;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.musicmuseum.kit.metrics.MetricNames;
import org.musicmuseum.kit.metrics.PrometheusText;
import org.musicmuseum.testkit.Http;
import org.musicmuseum.testkit.TestStack;

/** The audit in its own Liberty server, indexing a real broker fed by the real receiver. */
class AuditIT {

  static final Duration PATIENCE = Duration.ofSeconds(120);

  /** The receiver and the audit, each in its own Liberty server, against a real broker. */
  private static TestStack audit;

  @BeforeAll
  static void start() {
    audit = TestStack.start("audit-war", stack -> stack.services("receiver", "audit"));
  }

  @AfterAll
  static void stop() {
    if (audit != null) {
      audit.close();
    }
  }

  /** Posts an event to the receiver and returns its trace id (the post must succeed). */
  private static String post(String path, String body) {
    return Http.jsonOf(audit.post("receiver", path, Http.JSON, body), 201).getString("trace_id");
  }

  /** A GET below the audit's context root, e.g. {@code /album?index=0}. */
  private static HttpResponse<String> get(String path) {
    return audit.get("audit", path);
  }

  /** A GET of the audit server's own paths, e.g. {@code /health/ready}. */
  private static HttpResponse<String> getServer(String path) {
    return audit.getServer("audit", path);
  }

  /** The audit's index file, in the DATA_DIR the stack gave it. */
  private static Path indexFile() {
    return audit.dataDir("audit").resolve("audit-index.bin");
  }

  /** Counts as {@code [albums, singles]}. */
  private static long[] counts() {
    JsonObject counts = json(get("/counts").body());
    return new long[] {counts.getInt("album"), counts.getInt("single_song")};
  }

  private static void awaitCounts(long albums, long singles) {
    await()
        .atMost(PATIENCE)
        .untilAsserted(() -> assertThat(counts()).containsExactly(albums, singles));
  }

  /** The event at an index: 200 and the trace id, type checked. */
  private static JsonObject eventAt(String type, long index) {
    HttpResponse<String> response = get("/" + type + "?index=" + index);
    assertThat(response.statusCode())
        .as(type + " " + index + ": " + response.body())
        .isEqualTo(200);
    JsonObject body = json(response.body());
    assertThat(body.getJsonObject("event").getString("type"))
        .isEqualTo(type.equals("album") ? "new_album" : "new_single_song");
    assertThat(body.getInt("partition")).isBetween(0, audit.stack().partitions() - 1);
    assertThat(body.getJsonNumber("offset").longValue()).isNotNegative();
    assertThat(Instant.parse(body.getString("timestamp"))).isBefore(Instant.now().plusSeconds(60));
    return body;
  }

  private static String traceIdAt(String type, long index) {
    return eventAt(type, index)
        .getJsonObject("event")
        .getJsonObject("payload")
        .getString("trace_id");
  }

  private static void assertProblem(HttpResponse<String> response, int status, String text) {
    assertThat(response.statusCode()).as(response.body()).isEqualTo(status);
    assertThat(response.headers().firstValue("Content-Type")).hasValue("application/problem+json");
    assertThat(response.body()).contains(text);
  }

  @Test
  void everyPostedEventHasItsOwnIndexAndNothingIsPastTheEnd() {
    long[] before = counts();
    List<String> albums = new ArrayList<>();
    List<String> singles = new ArrayList<>();
    for (int i = 0; i < 30; i++) {
      albums.add(post("/events/new_album", ALBUM));
      if (i < 20) {
        singles.add(post("/events/new_single_song", SINGLE));
      }
    }
    awaitCounts(before[0] + 30, before[1] + 20);

    Set<String> seenAlbums = new HashSet<>();
    for (long i = before[0]; i < before[0] + 30; i++) {
      seenAlbums.add(traceIdAt("album", i));
    }
    Set<String> seenSingles = new HashSet<>();
    for (long i = before[1]; i < before[1] + 20; i++) {
      seenSingles.add(traceIdAt("single_song", i));
    }
    assertThat(seenAlbums).hasSize(30).containsExactlyInAnyOrderElementsOf(albums);
    assertThat(seenSingles).hasSize(20).containsExactlyInAnyOrderElementsOf(singles);
    assertProblem(get("/album?index=" + (before[0] + 30)), 404, "album");
    assertProblem(get("/single_song?index=" + (before[1] + 20)), 404, "single");
  }

  @Test
  void badIndicesAreRefusedByName() {
    for (String query : List.of("?index=-1", "?index=abc", "", "?index=")) {
      assertProblem(get("/album" + query), 400, "\"index\"");
      assertProblem(get("/single_song" + query), 400, "\"index\"");
    }
    assertProblem(get("/song?index=0"), 404, "No such resource");
  }

  @Test
  void theSameIndexGivesTheSameEventAfterARestart() {
    long[] posted = counts();
    for (int i = 0; i < 6; i++) {
      post(
          i % 2 == 0 ? "/events/new_album" : "/events/new_single_song",
          i % 2 == 0 ? ALBUM : SINGLE);
    }
    awaitCounts(posted[0] + 3, posted[1] + 3);
    long[] before = counts();
    List<String> albums = new ArrayList<>();
    for (long i = 0; i < before[0]; i++) {
      albums.add(eventAt("album", i).toString());
    }
    List<String> singles = new ArrayList<>();
    for (long i = 0; i < before[1]; i++) {
      singles.add(eventAt("single_song", i).toString());
    }

    audit.stack().stopService("audit");
    assertThat(indexFile()).exists();
    assertThat(indexFile().toFile().length()).isEqualTo(16 * (before[0] + before[1]));
    audit.stack().startService("audit");

    assertThat(json(get("/counts").body()).getBoolean("caught_up")).isTrue();
    assertThat(counts()).containsExactly(before[0], before[1]);
    for (int i = 0; i < albums.size(); i++) {
      assertThat(eventAt("album", i).toString()).as("album %d", i).isEqualTo(albums.get(i));
    }
    for (int i = 0; i < singles.size(); i++) {
      assertThat(eventAt("single_song", i).toString()).as("single %d", i).isEqualTo(singles.get(i));
    }
  }

  /** Records read so far that were not valid events (from the readiness data). */
  private static long skipped() {
    JsonObject ready = json(getServer("/health/ready").body());
    return ready.getJsonArray("checks").getValuesAs(JsonObject.class).stream()
        .filter(check -> check.getString("name").equals("audit-index"))
        .findFirst()
        .orElseThrow()
        .getJsonObject("data")
        .getJsonNumber("skipped")
        .longValue();
  }

  @Test
  void poisonIsNotCountedAndLaterEventsAreStillIndexed() {
    PrometheusText metricsBefore = audit.metrics("audit");
    long[] start = counts();
    post("/events/new_album", ALBUM);
    awaitCounts(start[0] + 1, start[1]);
    long skippedBefore = skipped();
    for (int partition = 0; partition < 2; partition++) {
      audit.producer().send(partition, null, "not json".getBytes(StandardCharsets.UTF_8));
      audit.producer().send(partition, null, null);
      audit
          .producer()
          .send(
              partition,
              null,
              "{\"type\":\"new_album\",\"datetime\":\"2026-01-01T00:00:00Z\",\"payload\":{}}"
                  .getBytes(StandardCharsets.UTF_8));
    }
    String after = post("/events/new_album", ALBUM);

    await().atMost(PATIENCE).until(() -> skipped() >= skippedBefore + 6);
    awaitCounts(start[0] + 2, start[1]);
    assertThat(skipped()).isEqualTo(skippedBefore + 6);
    assertThat(traceIdAt("album", start[0] + 1)).isEqualTo(after);
    PrometheusText metrics = audit.metrics("audit");
    String indexed = MetricNames.AUDIT_INDEXED + MetricNames.COUNTER;
    String skipped = MetricNames.AUDIT_SKIPPED + MetricNames.COUNTER;
    assertThat(metrics.sum(indexed, Map.of()) - metricsBefore.sum(indexed, Map.of())).isEqualTo(2);
    assertThat(metrics.sum(skipped, Map.of()) - metricsBefore.sum(skipped, Map.of())).isEqualTo(6);
    assertThat(metrics.sum(skipped, Map.of()))
        .as("readiness reports the counter")
        .isEqualTo(skipped());
    await()
        .atMost(PATIENCE)
        .until(
            () ->
                audit.metrics("audit").value(MetricNames.AUDIT_INDEX_LAG, Map.of()).orElse(-1)
                    == 0);
  }

  @Test
  void aLookupAnswers503WhenKafkaIsDown() {
    post("/events/new_album", ALBUM);
    await().atMost(PATIENCE).until(() -> counts()[0] > 0);
    audit.stack().stopKafka();
    try {
      long start = System.nanoTime();
      HttpResponse<String> response = get("/album?index=0");
      long millis = Duration.ofNanos(System.nanoTime() - start).toMillis();
      assertProblem(response, 503, "Kafka");
      assertThat(response.headers().firstValue("Retry-After")).hasValue("5");
      assertThat(millis).as("answered in %d ms", millis).isLessThan(30_000);
      assertThat(getServer("/health/ready").statusCode()).isEqualTo(503);
    } finally {
      audit.stack().startKafka();
    }
    await().atMost(PATIENCE).until(() -> get("/album?index=0").statusCode() == 200);
    audit.awaitReady("audit", PATIENCE);
  }

  @Test
  void isReadyAndLiveAndPublishesItsOpenApiDocument() {
    HttpResponse<String> ready = getServer("/health/ready");
    assertThat(ready.statusCode()).as(ready.body()).isEqualTo(200);
    assertThat(ready.body()).contains("\"audit-index\"", "\"caught_up\"");
    HttpResponse<String> live = getServer("/health/live");
    assertThat(live.statusCode()).as(live.body()).isEqualTo(200);
    assertThat(live.body()).contains("\"audit-indexer-thread\"");
    assertThat(getServer("/openapi").body())
        .contains("/audit_log", "/album", "/single_song", "/counts");
  }
}
