package org.musicmuseum.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.musicmuseum.system.MuseumClient.JSON;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import java.math.BigDecimal;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.musicmuseum.stack.LocalStack;

/** All five services together: statistics, audit and health agree with what was stored. */
class ServicesSystemIT {

  private static final Duration PATIENCE = Duration.ofSeconds(120);

  private static LocalStack stack;
  private static MuseumClient client;

  @BeforeAll
  static void start() throws Exception {
    Path root = Path.of(System.getProperty("museum.root"));
    Path work =
        Files.createTempDirectory(
            Files.createDirectories(root.resolve("system-tests/target")), "stack-");
    stack =
        LocalStack.builder()
            .root(root)
            .workDir(work)
            .services("receiver", "storage", "processing", "audit", "health")
            .serviceEnv("PROCESSING_INTERVAL_MS", "500")
            .serviceEnv("HEALTH_INTERVAL_MS", "500")
            .start();
    client = new MuseumClient(stack);
  }

  @AfterAll
  static void stop() {
    if (stack != null) {
      stack.close();
    }
  }

  /** Posts {@code batches} batches of 50 albums and 50 singles; returns the accepted trace ids. */
  private static Set<String> postMixed(int batches, int seed) {
    Set<String> traceIds = new HashSet<>();
    for (int b = 0; b < batches; b++) {
      JsonArrayBuilder batch = Json.createArrayBuilder();
      for (int i = 0; i < 50; i++) {
        int n = seed + b * 50 + i;
        batch.add(
            Json.createObjectBuilder()
                .add("type", "new_album")
                .add(
                    "payload",
                    Json.createObjectBuilder()
                        .add("album_id", n + 1)
                        .add("album_name", "Album " + n)
                        .add("artist_name", "Artist " + n % 13)
                        .add("album_track_count", 1 + n % 97)));
        batch.add(
            Json.createObjectBuilder()
                .add("type", "new_single_song")
                .add(
                    "payload",
                    Json.createObjectBuilder()
                        .add("song_id", n + 1)
                        .add("song_name", "Song " + n)
                        .add("artist_name", "Artist " + n % 17)
                        .add("song_duration", 10 + (n % 3000) / 4.0)));
      }
      HttpResponse<String> response =
          client.post("receiver", "/events/batch", JSON, batch.build().toString());
      assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
      MuseumClient.json(response)
          .getJsonArray("results")
          .getValuesAs(JsonObject.class)
          .forEach(r -> traceIds.add(r.getString("trace_id")));
    }
    return traceIds;
  }

  /** Waits until storage holds every one of these events. */
  private static void awaitStored(Set<String> traceIds) {
    String in = "('" + String.join("','", traceIds) + "')";
    await()
        .atMost(PATIENCE)
        .until(
            () ->
                client.count(
                        "SELECT (SELECT COUNT(*) FROM albums WHERE trace_id IN "
                            + in
                            + ") + (SELECT COUNT(*) FROM single_songs WHERE trace_id IN "
                            + in
                            + ")")
                    == traceIds.size());
  }

  /** True when processing's statistics equal the database's counts and maxima. */
  private static boolean statsEqualTheDatabase() {
    HttpResponse<String> response = client.get("processing", "/stats");
    if (response.statusCode() != 200) {
      return false;
    }
    JsonObject stats = MuseumClient.json(response);
    List<String> db =
        client.sql(
            "SELECT CONCAT_WS('|', (SELECT COUNT(*) FROM albums),"
                + " (SELECT COALESCE(MAX(album_track_count), 0) FROM albums), (SELECT COUNT(*) FROM single_songs),"
                + " (SELECT COALESCE(MAX(song_duration), 0) FROM single_songs))");
    String[] expected = db.get(0).split("\\|");
    return stats.getJsonNumber("num_album_events").longValue() == Long.parseLong(expected[0])
        && stats.getJsonNumber("max_album_track_count").longValue() == Long.parseLong(expected[1])
        && stats.getJsonNumber("num_single_events").longValue() == Long.parseLong(expected[2])
        && stats
                .getJsonNumber("max_single_song_duration")
                .bigDecimalValue()
                .compareTo(new BigDecimal(expected[3]))
            == 0;
  }

  @Test
  void afterTwoThousandMixedEventsTheStatisticsEqualTheDatabase() {
    Set<String> posted = postMixed(20, 0);

    assertThat(posted).hasSize(2000);
    awaitStored(posted);
    await().atMost(PATIENCE).until(ServicesSystemIT::statsEqualTheDatabase);
    JsonObject stats = MuseumClient.json(client.get("processing", "/stats"));
    assertThat(stats.getJsonNumber("num_album_events").longValue()).isGreaterThanOrEqualTo(1000);
    assertThat(stats.getJsonArray("top_artists")).isNotEmpty();
    assertThat(stats.getJsonArray("events_per_minute")).isNotEmpty();
    System.out.println("statistics after 2,000 events: " + stats);
  }

  @Test
  void processingRestartedMidStreamDoesNotDoubleCount() {
    CompletableFuture<Set<String>> posting =
        CompletableFuture.supplyAsync(() -> postMixed(12, 100_000));
    await().atMost(PATIENCE).until(() -> client.count("SELECT COUNT(*) FROM albums") > 0);

    stack.killService("processing");
    stack.startService("processing");
    Set<String> posted = posting.join();

    assertThat(posted).hasSize(1200);
    awaitStored(posted);
    await().atMost(PATIENCE).until(ServicesSystemIT::statsEqualTheDatabase);
    System.out.println(
        "after a kill -9 of processing mid-stream: " + client.get("processing", "/stats").body());
  }

  @Test
  void auditIndexIGivesTheIthEventOfItsTypeAndTheSameOneAfterARestart() {
    postMixed(4, 200_000);
    long albums = client.count("SELECT COUNT(*) FROM albums");
    await()
        .atMost(PATIENCE)
        .until(
            () -> {
              HttpResponse<String> counts = client.get("audit", "/counts");
              return counts.statusCode() == 200
                  && MuseumClient.json(counts).getInt("album") >= albums;
            });
    int count = MuseumClient.json(client.get("audit", "/counts")).getInt("album");
    List<String> byIndex = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      HttpResponse<String> event = client.get("audit", "/album?index=" + i);
      assertThat(event.statusCode()).as(event.body()).isEqualTo(200);
      JsonObject found = MuseumClient.json(event).getJsonObject("event");
      assertThat(found.getString("type")).isEqualTo("new_album");
      byIndex.add(found.getJsonObject("payload").getString("trace_id"));
    }
    assertThat(byIndex)
        .doesNotHaveDuplicates()
        .containsAll(client.sql("SELECT trace_id FROM albums"));
    assertThat(client.get("audit", "/album?index=" + count).statusCode()).isEqualTo(404);

    stack.stopService("audit");
    stack.startService("audit");

    for (int i = 0; i < count; i += Math.max(1, count / 50)) {
      HttpResponse<String> again = client.get("audit", "/album?index=" + i);
      assertThat(
              MuseumClient.json(again)
                  .getJsonObject("event")
                  .getJsonObject("payload")
                  .getString("trace_id"))
          .as("index %d after a restart", i)
          .isEqualTo(byIndex.get(i));
    }
  }

  private static String statusOf(String service) {
    HttpResponse<String> response = client.get("health", "/status");
    return response.statusCode() != 200
        ? ""
        : MuseumClient.json(response)
            .getJsonObject("services")
            .getJsonObject(service)
            .getString("status");
  }

  @Test
  void aKilledStorageShowsDownAndRunningAgainAfterARestart() {
    await().atMost(PATIENCE).until(() -> statusOf("storage").equals("Running"));

    stack.killService("storage");
    await().atMost(PATIENCE).until(() -> statusOf("storage").equals("Down"));
    stack.startService("storage");
    await().atMost(PATIENCE).until(() -> statusOf("storage").equals("Running"));

    List<String> storageChanges =
        MuseumClient.json(client.get("health", "/status"))
            .getJsonArray("history")
            .getValuesAs(JsonObject.class)
            .stream()
            .filter(c -> c.getString("service").equals("storage"))
            .map(c -> c.getString("to"))
            .toList();
    assertThat(storageChanges).containsSubsequence("Down", "Running");
  }
}
