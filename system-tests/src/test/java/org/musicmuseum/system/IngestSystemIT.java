package org.musicmuseum.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.musicmuseum.system.MuseumClient.JSON;

import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Semaphore;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.musicmuseum.stack.LocalStack;

/**
 * The ingest path end to end: REST clients → receiver → Kafka → storage → MariaDB → storage API.
 * The stack is fresh for this class, so the tables hold exactly what these tests posted.
 */
class IngestSystemIT {

  private static final Duration PATIENCE = Duration.ofSeconds(90);
  private static final int EACH = 1000;

  private static LocalStack stack;
  private static MuseumClient client;

  @BeforeAll
  static void start() throws Exception {
    Path root = Path.of(System.getProperty("museum.root"));
    Path work =
        Files.createTempDirectory(
            Files.createDirectories(root.resolve("system-tests/target")), "stack-");
    stack = LocalStack.builder().root(root).workDir(work).services("receiver", "storage").start();
    client = new MuseumClient(stack);
  }

  @AfterAll
  static void stop() {
    if (stack != null) {
      stack.close();
    }
  }

  private static String album(int i) {
    return "{\"album_id\":%d,\"album_name\":\"Album %d\",\"artist_name\":\"Artist %d\",\"album_track_count\":%d}"
        .formatted(i + 1, i, i % 37, 1 + i % 30);
  }

  private static String single(int i) {
    return "{\"song_id\":%d,\"song_name\":\"Song %d\",\"artist_name\":\"Artist %d\",\"song_duration\":%d.5}"
        .formatted(i + 1, i, i % 41, 30 + i % 500);
  }

  /** Posts with at most 32 requests in flight; returns the trace ids of the 201s. */
  private static Set<String> postAll(String path, List<String> bodies) {
    Semaphore inFlight = new Semaphore(32);
    List<CompletableFuture<HttpResponse<String>>> responses = new ArrayList<>();
    for (String body : bodies) {
      inFlight.acquireUninterruptibly();
      responses.add(
          client
              .postAsync("receiver", path, JSON, body)
              .whenComplete((r, e) -> inFlight.release()));
    }
    Set<String> traceIds = new HashSet<>();
    for (CompletableFuture<HttpResponse<String>> response : responses) {
      HttpResponse<String> r = response.join();
      assertThat(r.statusCode()).as(r.body()).isEqualTo(201);
      traceIds.add(MuseumClient.json(r).getString("trace_id"));
    }
    return traceIds;
  }

  private static long storedOf(String table, Set<String> traceIds) {
    return client.count(
        "SELECT COUNT(*) FROM "
            + table
            + " WHERE trace_id IN ('"
            + String.join("','", traceIds)
            + "')");
  }

  @Test
  void everyAcceptedEventIsStoredExactlyOnceAndReadableByTime() {
    Instant from = Instant.now().minusSeconds(1);
    List<String> albums = new ArrayList<>();
    List<String> singles = new ArrayList<>();
    for (int i = 0; i < EACH; i++) {
      albums.add(album(i));
      singles.add(single(i));
    }

    Set<String> albumIds = postAll("/events/new_album", albums);
    Set<String> singleIds = postAll("/events/new_single_song", singles);
    Instant to = Instant.now().plusSeconds(1);

    assertThat(albumIds).hasSize(EACH);
    assertThat(singleIds).hasSize(EACH);
    await()
        .atMost(PATIENCE)
        .until(
            () ->
                storedOf("albums", albumIds) == EACH
                    && storedOf("single_songs", singleIds) == EACH);
    assertThat(client.count("SELECT COUNT(*) - COUNT(DISTINCT trace_id) FROM albums")).isZero();
    assertThat(client.count("SELECT COUNT(*) - COUNT(DISTINCT trace_id) FROM single_songs"))
        .isZero();
    List<String> listedAlbums = client.listTraceIds("new_album", from.toString(), to.toString());
    List<String> listedSingles =
        client.listTraceIds("new_single_song", from.toString(), to.toString());
    assertThat(listedAlbums).doesNotHaveDuplicates().containsAll(albumIds);
    assertThat(listedSingles).doesNotHaveDuplicates().containsAll(singleIds);
    System.out.printf(
        "posted %d albums and %d singles; stored %d and %d, each once%n",
        albumIds.size(), singleIds.size(), albumIds.size(), singleIds.size());
  }
}
