package org.musicmuseum.processing.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.IOException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.musicmuseum.kit.metrics.MetricNames;
import org.musicmuseum.kit.metrics.PrometheusText;
import org.musicmuseum.processing.it.MuseumDb.ArtistEvents;
import org.musicmuseum.processing.it.MuseumDb.Totals;
import org.musicmuseum.testkit.Http;
import org.musicmuseum.testkit.TestStack;

/**
 * Processing in its own Liberty server, reading the real storage fed by the real receiver: the
 * statistics equal the database, survive restarts without double counting, and readiness follows
 * storage.
 */
class ProcessingIT {

  private static final Duration PATIENCE = Duration.ofSeconds(120);
  private static final AtomicInteger SEQUENCE = new AtomicInteger();
  private static final AtomicLong POSTED_ALBUMS = new AtomicLong();
  private static final AtomicLong POSTED_SINGLES = new AtomicLong();

  /** Receiver, storage and processing (every 500 ms), each in its Liberty server. */
  private static TestStack museum;

  @BeforeAll
  static void start() {
    museum =
        TestStack.start(
            "processing-war",
            stack ->
                stack
                    .services("receiver", "storage", "processing")
                    .replicas("processing", 2)
                    .serviceEnv("PROCESSING_INTERVAL_MS", "500"));
  }

  @AfterAll
  static void stop() {
    if (museum != null) {
      museum.close();
    }
  }

  /** A POST of a JSON body to the receiver, e.g. {@code /events/new_album}. */
  private static HttpResponse<String> post(String path, JsonObject body) {
    return museum.post("receiver", path, Http.JSON, body.toString());
  }

  /** {@code GET /processing/stats} as JSON; fails unless it answers 200. */
  private static JsonObject stats() {
    return Http.jsonOf(museum.get("processing", "/stats"), 200);
  }

  private static MuseumDb db() {
    return new MuseumDb(museum.db());
  }

  /** The statistics file of processing, in its DATA_DIR. */
  private static Path statsFile() {
    return museum.dataDir("processing").resolve("stats.json");
  }

  /** Posts {@code n} events through the receiver: two albums per single, 13 uneven artists. */
  private static void postMixed(int n) {
    for (int k = 0; k < n; k++) {
      int i = SEQUENCE.incrementAndGet();
      String artist = String.format("Artist %02d", (i * i) % 13);
      HttpResponse<String> response;
      if (i % 3 == 0) {
        response =
            post(
                "/events/new_single_song",
                Json.createObjectBuilder()
                    .add("song_id", i)
                    .add("song_name", "Song " + i)
                    .add("artist_name", artist)
                    .add("song_duration", 30.25 + (i * 7.5) % 600)
                    .build());
        POSTED_SINGLES.incrementAndGet();
      } else {
        response =
            post(
                "/events/new_album",
                Json.createObjectBuilder()
                    .add("album_id", i)
                    .add("album_name", "Album " + i)
                    .add("artist_name", artist)
                    .add("album_track_count", 1 + (i * 11) % 40)
                    .build());
        POSTED_ALBUMS.incrementAndGet();
      }
      assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
    }
  }

  /** Waits until storage holds every event posted, i.e. the input has stopped. */
  private static void awaitEverythingStored() {
    await()
        .atMost(PATIENCE)
        .until(
            () -> {
              Totals db = db().totals();
              return db.albums() == POSTED_ALBUMS.get() && db.singles() == POSTED_SINGLES.get();
            });
  }

  private static List<ArtistEvents> topArtists(JsonObject stats) {
    return stats.getJsonArray("top_artists").getValuesAs(JsonObject.class).stream()
        .map(
            a ->
                new ArtistEvents(a.getString("artist_name"), a.getJsonNumber("events").longValue()))
        .toList();
  }

  private static List<ArtistEvents> expectedTopArtists() {
    return db().artistEvents().stream()
        .sorted(
            Comparator.comparingLong(ArtistEvents::events)
                .reversed()
                .thenComparing(ArtistEvents::artistName))
        .limit(10)
        .toList();
  }

  private static void awaitStatisticsEqualTheDatabase() {
    await()
        .atMost(PATIENCE)
        .untilAsserted(
            () -> {
              JsonObject stats = stats();
              assertThat(Totals.of(stats)).isEqualTo(db().totals());
              assertThat(topArtists(stats)).isEqualTo(expectedTopArtists());
            });
  }

  private static JsonObject readStatsFile() throws IOException {
    return Http.json(Files.readString(statsFile()));
  }

  private static long sum(JsonObject stats, String field) {
    return stats.getJsonArray("events_per_minute").getValuesAs(JsonObject.class).stream()
        .mapToLong(m -> m.getJsonNumber(field).longValue())
        .sum();
  }

  @Test
  void statisticsEqualTheDatabaseAndSurviveARestartWithoutDoubleCounting() throws IOException {
    PrometheusText before = museum.metrics("processing");
    postMixed(240);
    awaitEverythingStored();
    awaitStatisticsEqualTheDatabase();
    PrometheusText after = museum.metrics("processing");
    String counted = MetricNames.PROCESSING_RUN_EVENTS + "_sum";
    String runs = MetricNames.PROCESSING_RUN + MetricNames.TIMER + "_count";
    assertThat(after.sum(counted, Map.of()) - before.sum(counted, Map.of())).isEqualTo(240);
    assertThat(after.sum(runs, Map.of())).isGreaterThan(before.sum(runs, Map.of()));
    assertThat(after.value(MetricNames.PROCESSING_FRESHNESS, Map.of()).orElseThrow())
        .isBetween(0.0, 600.0);

    JsonObject stats = stats();
    assertThat(Instant.parse(stats.getString("last_updated")))
        .isBefore(Instant.now().plusSeconds(1));
    assertThat(sum(stats, "albums")).isEqualTo(stats.getJsonNumber("num_album_events").longValue());
    assertThat(sum(stats, "singles"))
        .isEqualTo(stats.getJsonNumber("num_single_events").longValue());

    museum.stack().stopService("processing");
    JsonObject saved = readStatsFile();
    assertThat(saved.getJsonNumber("num_album_events").longValue())
        .isEqualTo(db().totals().albums());
    assertThat(saved.getString("album_cursor"))
        .as("partition:offset pairs")
        .matches("\\d+:\\d+(,\\d+:\\d+)*");
    postMixed(120);
    awaitEverythingStored();
    museum.stack().startService("processing");

    awaitStatisticsEqualTheDatabase();
    assertThat(statsFile()).exists();
  }

  @Test
  void aRestartResumesFromThePersistedCursorAndACorruptFileIsRebuiltFromZero() throws IOException {
    postMixed(30);
    awaitEverythingStored();
    awaitStatisticsEqualTheDatabase();
    museum.stack().stopService("processing");
    JsonObject saved = readStatsFile();
    long persistedAlbums = saved.getJsonNumber("num_album_events").longValue();
    Files.writeString(
        statsFile(),
        Json.createObjectBuilder(saved)
            .add("num_album_events", persistedAlbums + 1000)
            .build()
            .toString());
    postMixed(30);
    awaitEverythingStored();

    museum.stack().startService("processing");
    await()
        .atMost(PATIENCE)
        .untilAsserted(
            () -> assertThat(Totals.of(stats()).albums()).isEqualTo(db().totals().albums() + 1000));

    museum.stack().stopService("processing");
    Files.writeString(statsFile(), "{\"format\":2,\"album_cursor\":");
    museum.stack().startService("processing");

    awaitStatisticsEqualTheDatabase();
    try (Stream<Path> files = Files.list(statsFile().getParent())) {
      assertThat(files.map(p -> p.getFileName().toString()))
          .anyMatch(name -> name.startsWith("stats.json.corrupt-"));
    }
  }

  @Test
  void aSecondReplicaCountsTheSameFiguresInAFileOfItsOwn() {
    postMixed(60);
    awaitEverythingStored();
    awaitStatisticsEqualTheDatabase();
    await()
        .atMost(PATIENCE)
        .untilAsserted(
            () -> {
              JsonObject second = Http.jsonOf(museum.get("processing-2", "/stats"), 200);
              assertThat(Totals.of(second)).isEqualTo(db().totals());
              assertThat(topArtists(second)).isEqualTo(expectedTopArtists());
            });
    assertThat(museum.dataDir("processing-2").resolve("stats.json")).exists();
    assertThat(statsFile()).exists();
  }

  @Test
  void readinessFollowsStorageWhileTheLastStatisticsAreStillServed() {
    museum.awaitReady("processing", PATIENCE);

    museum.stack().stopService("storage");
    try {
      museum.awaitReadiness("processing", 503, PATIENCE, "statistics-runs", "last_error");
      assertThat(museum.get("processing", "/stats").statusCode()).isEqualTo(200);
    } finally {
      museum.stack().startService("storage");
    }

    museum.awaitReady("processing", PATIENCE);
  }

  @Test
  void statisticsHaveTheDocumentedShapeAndErrorsAreProblems() {
    HttpResponse<String> response = museum.get("processing", "/stats");
    assertThat(response.headers().firstValue("Content-Type")).hasValue("application/json");
    JsonObject stats = stats();
    assertThat(stats.keySet())
        .containsExactlyInAnyOrder(
            "num_album_events",
            "max_album_track_count",
            "num_single_events",
            "max_single_song_duration",
            "last_updated",
            "events_per_minute",
            "top_artists");
    List<JsonObject> minutes =
        stats.getJsonArray("events_per_minute").getValuesAs(JsonObject.class);
    assertThat(minutes).hasSize(60);
    assertThat(Instant.parse(minutes.get(59).getString("minute")))
        .isEqualTo(Instant.parse(minutes.get(0).getString("minute")).plusSeconds(59 * 60));
    assertThat(minutes.get(0).keySet()).containsExactly("minute", "albums", "singles");
    assertThat(stats.getJsonArray("top_artists")).hasSizeLessThanOrEqualTo(10);

    HttpResponse<String> missing = museum.get("processing", "/stats/nope");
    assertThat(missing.statusCode()).isEqualTo(404);
    assertThat(missing.headers().firstValue("Content-Type")).hasValue("application/problem+json");
    HttpResponse<String> post =
        museum
            .http()
            .send(
                museum
                    .http()
                    .builder(museum.url("processing", "/stats"))
                    .POST(HttpRequest.BodyPublishers.ofString("{}"))
                    .build());
    assertThat(post.statusCode()).isEqualTo(405);
    assertThat(post.headers().firstValue("Content-Type")).hasValue("application/problem+json");

    assertThat(museum.getServer("processing", "/health/live").body())
        .contains("statistics-scheduler");
    assertThat(museum.getServer("processing", "/openapi").body()).contains("/stats");
  }
}
