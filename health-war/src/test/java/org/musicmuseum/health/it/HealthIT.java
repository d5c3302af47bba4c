package org.musicmuseum.health.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import jakarta.json.JsonObject;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Predicate;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.musicmuseum.events.Topics;
import org.musicmuseum.kit.metrics.MetricNames;
import org.musicmuseum.kit.metrics.PrometheusText;
import org.musicmuseum.stack.Ports;
import org.musicmuseum.testkit.Http;
import org.musicmuseum.testkit.TestStack;

/** Health in its own Liberty server watching real receiver and storage servers. */
class HealthIT {

  private static final Duration PATIENCE = Duration.ofSeconds(120);

  /**
   * Receiver, storage and health (polling every 500 ms) in their own Liberty servers; processing
   * and audit point at ports where nothing listens.
   */
  private static TestStack health;

  @BeforeAll
  static void start() {
    health =
        TestStack.start(
            "health-war",
            stack ->
                stack
                    .services("receiver", "storage", "health")
                    .replicas("health", 2)
                    .serviceEnv("HEALTH_INTERVAL_MS", "500")
                    .serviceEnv("HEALTH_PIPELINE_INTERVAL_MS", "500")
                    .serviceEnv(
                        "PROCESSING_URL", "http://127.0.0.1:" + Ports.free() + "/processing")
                    .serviceEnv("AUDIT_URL", "http://127.0.0.1:" + Ports.free() + "/audit_log"));
  }

  @Nested
  class Pipeline extends PipelineChecks {
    Pipeline() {
      super(health);
    }
  }

  @AfterAll
  static void stop() {
    if (health != null) {
      health.close();
    }
  }

  /** {@code GET /healthcheck/status}, which must answer 200. */
  private static JsonObject status() {
    return Http.jsonOf(health.get("health", "/status"), 200);
  }

  /** The status of one service, e.g. {@code Running}. */
  private static String statusOf(String service) {
    return status().getJsonObject("services").getJsonObject(service).getString("status");
  }

  /** The health server's log files (messages.log and the ones of earlier runs). */
  private static List<Path> healthLogs() throws IOException {
    try (Stream<Path> files = Files.list(health.logDir("health"))) {
      return files.filter(f -> f.getFileName().toString().startsWith("messages")).toList();
    }
  }

  private static SseClient events() {
    return SseClient.connect(health.http(), health.url("health", "/events"));
  }

  /** Waits until the push stream has sent a change that {@code matches}. */
  private static void awaitPushed(SseClient sse, Predicate<JsonObject> matches) {
    await()
        .atMost(PATIENCE)
        .until(
            () ->
                sse.events().stream()
                    .filter(e -> e.name().equals("change"))
                    .map(SseClient.Event::json)
                    .anyMatch(matches));
  }

  private static Predicate<JsonObject> change(String service, String from, String to) {
    return c ->
        c.getString("service").equals(service)
            && c.getString("from").equals(from)
            && c.getString("to").equals(to);
  }

  private static boolean hasChangeSince(
      List<JsonObject> changes, String service, String from, String to, Instant since) {
    return changes.stream()
        .filter(change(service, from, to))
        .anyMatch(c -> !Instant.parse(c.getString("at")).isBefore(since));
  }

  private static List<JsonObject> history() {
    return status().getJsonArray("history").getValuesAs(JsonObject.class);
  }

  private static void awaitStatus(String service, String status) {
    await().atMost(PATIENCE).untilAsserted(() -> assertThat(statusOf(service)).isEqualTo(status));
  }

  @Test
  void tellsWhichServicesRunAndWhichAreDown() {
    await()
        .atMost(PATIENCE)
        .untilAsserted(
            () -> {
              JsonObject services = status().getJsonObject("services");
              assertThat(services.keySet())
                  .containsExactly("receiver", "storage", "processing", "audit");
              assertThat(services.getJsonObject("receiver").getString("status"))
                  .isEqualTo("Running");
              assertThat(services.getJsonObject("storage").getString("status"))
                  .isEqualTo("Running");
              assertThat(services.getJsonObject("processing").getString("status"))
                  .isEqualTo("Down");
              assertThat(services.getJsonObject("audit").getString("detail"))
                  .isEqualTo("connection refused");
            });
    JsonObject status = status();
    Instant lastUpdate = Instant.parse(status.getString("last_update"));
    JsonObject receiver = status.getJsonObject("services").getJsonObject("receiver");
    assertThat(Instant.parse(receiver.getString("last_check"))).isBeforeOrEqualTo(lastUpdate);
    assertThat(Instant.parse(receiver.getString("since")))
        .isBeforeOrEqualTo(Instant.parse(receiver.getString("last_check")));
    await()
        .atMost(PATIENCE)
        .until(() -> Instant.parse(status().getString("last_update")).isAfter(lastUpdate));
  }

  @Test
  void metricsShowEachServiceUpOrDownAndCountTheChecksByOutcome() {
    awaitStatus("receiver", "Running");
    awaitStatus("processing", "Down");
    String up = MetricNames.HEALTH_SERVICE_UP;
    String checks = MetricNames.HEALTH_CHECKS + MetricNames.COUNTER;
    PrometheusText before = health.metrics("health");
    assertThat(before.value(up, Map.of("service", "receiver"))).hasValue(1.0);
    assertThat(before.value(up, Map.of("service", "processing"))).hasValue(0.0);

    await()
        .atMost(PATIENCE)
        .until(
            () ->
                health
                        .metrics("health")
                        .sum(checks, Map.of("service", "processing", "outcome", "down"))
                    > before.sum(checks, Map.of("service", "processing", "outcome", "down")));
    PrometheusText after = health.metrics("health");
    assertThat(after.sum(checks, Map.of("service", "receiver", "outcome", "running")))
        .isGreaterThan(before.sum(checks, Map.of("service", "receiver", "outcome", "running")));
    assertThat(after.sum(checks, Map.of("service", "processing", "outcome", "running"))).isZero();
  }

  @Test
  void aKilledServiceIsDownUntilItIsBackAndThePushStreamSaysSo() {
    awaitStatus("storage", "Running");
    try (SseClient sse = events()) {
      assertThat(sse.response().statusCode()).isEqualTo(200);
      assertThat(sse.response().headers().firstValue("Content-Type"))
          .hasValueSatisfying(type -> assertThat(type).startsWith("text/event-stream"));
      await().atMost(PATIENCE).until(() -> !sse.events().isEmpty());
      SseClient.Event first = sse.events().get(0);
      assertThat(first.name()).isEqualTo("status");
      assertThat(
              first.json().getJsonObject("services").getJsonObject("storage").getString("status"))
          .isEqualTo("Running");

      Instant killed = Instant.now();
      health.stack().killService("storage");
      try {
        awaitStatus("storage", "Down");
        assertThat(hasChangeSince(history(), "storage", "Running", "Down", killed)).isTrue();
        awaitPushed(
            sse,
            c ->
                change("storage", "Running", "Down").test(c)
                    && c.getJsonObject("state").getString("status").equals("Down"));
      } finally {
        health.stack().startService("storage");
      }
      awaitStatus("storage", "Running");
      // On its way up storage may answer 503 (Degraded) before it is ready.
      assertThat(history())
          .filteredOn(
              change("storage", "Down", "Running").or(change("storage", "Degraded", "Running")))
          .anyMatch(c -> !Instant.parse(c.getString("at")).isBefore(killed));
      awaitPushed(
          sse,
          c -> c.getString("service").equals("storage") && c.getString("to").equals("Running"));
    }
  }

  @Test
  void aClosedPushClientIsDropped() {
    SseClient sse = events();
    try {
      await().atMost(PATIENCE).until(() -> sse.events().size() >= 2);
      assertThat(sse.events()).extracting(SseClient.Event::name).isSubsetOf("status", "change");
      assertThat(subscribers()).isPositive();
    } finally {
      sse.close();
    }
    await().atMost(PATIENCE).until(() -> subscribers() == 0);
  }

  private static int subscribers() {
    HttpResponse<String> ready = health.getServer("health", "/health/ready");
    return Http.json(ready).getJsonArray("checks").getValuesAs(JsonObject.class).stream()
        .filter(check -> check.getString("name").equals("polling"))
        .findFirst()
        .orElseThrow()
        .getJsonObject("data")
        .getInt("subscribers");
  }

  @Test
  void aDatabaseOutageMakesStorageDegraded() {
    awaitStatus("storage", "Running");
    health.stack().stopDb();
    try {
      awaitStatus("storage", "Degraded");
      assertThat(status().getJsonObject("services").getJsonObject("storage").getString("detail"))
          .contains("database");
    } finally {
      health.stack().startDb();
    }
    awaitStatus("storage", "Running");
  }

  @Test
  void aKafkaOutageKeepsTheLastLagAndMetricsAnswerWhileTheReadAgeGrows() {
    int partitions = health.stack().partitions();
    await()
        .atMost(PATIENCE)
        .until(() -> metrics().named("museum_consumer_lag").size() == partitions);
    assertThat(metrics().named("museum_consumer_lag"))
        .allSatisfy(
            lag ->
                assertThat(lag.labels())
                    .containsEntry("group", Topics.STORAGE_GROUP)
                    .containsEntry("topic", Topics.MUSIC_EVENTS)
                    .containsKey("partition"));
    health.stack().stopKafka();
    try {
      await()
          .atMost(PATIENCE)
          .until(() -> metrics().sum("museum_consumer_lag_read_age_seconds") > 5);
      assertThat(metrics().named("museum_consumer_lag")).hasSize(partitions);
    } finally {
      health.stack().startKafka();
    }
    await().atMost(PATIENCE).until(() -> metrics().sum("museum_consumer_lag_read_age_seconds") < 5);
  }

  /** The health server's {@code /metrics}, which must answer 200. */
  private static PrometheusText metrics() {
    HttpResponse<String> answer = health.getServer("health", "/metrics");
    assertThat(answer.statusCode()).as(answer.body()).isEqualTo(200);
    return PrometheusText.parse(answer.body());
  }

  @Test
  void theHistorySurvivesARestartOfHealth() throws IOException {
    await().atMost(PATIENCE).until(() -> history().size() >= 4);
    List<JsonObject> before = history();
    Path file = health.dataDir("health").resolve("status.json");

    try (SseClient sse = events()) {
      health.stack().stopService("health");
      try (Stream<Path> files = Files.list(health.dataDir("health"))) {
        assertThat(files).containsExactly(file);
      } finally {
        health.stack().startService("health");
      }
      await().atMost(PATIENCE).until(sse::ended);
    }

    assertThat(history()).containsAll(before);
    // The open push stream was closed as the server began to stop, so it could stop at once.
    for (Path log : healthLogs()) {
      assertThat(Files.readString(log)).as(log.toString()).doesNotContain("CWWKE1102W");
    }
  }

  @Test
  void aSecondReplicaSeesEveryServiceAsTheFirstDoesAndKeepsItsOwnHistory() {
    await()
        .atMost(PATIENCE)
        .untilAsserted(
            () -> assertThat(statuses("health-2")).isEqualTo(statuses("health")).isNotEmpty());
    assertThat(health.dataDir("health-2")).isNotEqualTo(health.dataDir("health"));
    await()
        .atMost(PATIENCE)
        .until(() -> Files.exists(health.dataDir("health-2").resolve("status.json")));
  }

  /** Each watched service with its status, as {@code health} reports them. */
  private static Map<String, String> statuses(String replica) {
    JsonObject services =
        Http.jsonOf(health.get(replica, "/status"), 200).getJsonObject("services");
    Map<String, String> statuses = new TreeMap<>();
    services.forEach((name, state) -> statuses.put(name, state.asJsonObject().getString("status")));
    return statuses;
  }

  @Test
  void answersProblemsAndDescribesItself() {
    HttpResponse<String> missing = health.get("health", "/nothing-here");
    assertThat(missing.statusCode()).isEqualTo(404);
    assertThat(missing.headers().firstValue("Content-Type")).hasValue("application/problem+json");

    health.awaitReadiness("health", 200, PATIENCE, "\"polling\"");
    HttpResponse<String> live = health.getServer("health", "/health/live");
    assertThat(live.statusCode()).isEqualTo(200);
    assertThat(live.body()).contains("\"poll-scheduler\"");
    assertThat(health.getServer("health", "/openapi").body())
        .contains("/healthcheck", "/status", "/events", "/pipeline");
  }
}
