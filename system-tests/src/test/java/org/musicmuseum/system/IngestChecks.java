package org.musicmuseum.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.musicmuseum.testkit.Http.JSON;

import jakarta.json.JsonObject;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Semaphore;
import org.junit.jupiter.api.Test;
import org.musicmuseum.testkit.Http;
import org.musicmuseum.testkit.Samples;
import org.musicmuseum.testkit.TestStack;

/**
 * The ingest path end to end: REST clients → receiver → Kafka → storage → MariaDB → storage API.
 * Run by {@link PipelineSystemIT} on its stack; every check is about the events it posted itself.
 */
abstract class IngestChecks {

  private static final Duration PATIENCE = Duration.ofSeconds(90);
  private static final int EACH = 1000;

  private final TestStack museum;

  protected IngestChecks(TestStack museum) {
    this.museum = museum;
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
  private Set<String> postAll(String path, List<String> bodies) {
    Semaphore inFlight = new Semaphore(32);
    List<CompletableFuture<HttpResponse<String>>> responses = new ArrayList<>();
    for (String body : bodies) {
      inFlight.acquireUninterruptibly();
      responses.add(
          museum
              .postAsync("receiver", path, JSON, body)
              .whenComplete((r, e) -> inFlight.release()));
    }
    Set<String> traceIds = new HashSet<>();
    for (CompletableFuture<HttpResponse<String>> response : responses) {
      HttpResponse<String> r = response.join();
      assertThat(r.statusCode()).as(r.body()).isEqualTo(201);
      traceIds.add(Http.json(r).getString("trace_id"));
    }
    return traceIds;
  }

  /** Every trace id the storage API lists for a type in a time range, following the cursor. */
  private List<String> listTraceIds(String type, String from, String to) {
    List<String> traceIds = new ArrayList<>();
    String cursor = "";
    while (cursor != null) {
      String query = "?timestamp=" + from + "&end_timestamp=" + to + "&limit=1000" + cursor;
      JsonObject page = Http.jsonOf(museum.get("storage", "/events/" + type + query), 200);
      page.getJsonArray("events")
          .getValuesAs(JsonObject.class)
          .forEach(e -> traceIds.add(e.getString("trace_id")));
      cursor = page.containsKey("next_cursor") ? "&cursor=" + page.getString("next_cursor") : null;
    }
    return traceIds;
  }

  private long storedOf(String table, Set<String> traceIds) {
    return museum
        .db()
        .count(
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
    assertThat(museum.db().count("SELECT COUNT(*) - COUNT(DISTINCT trace_id) FROM albums"))
        .isZero();
    assertThat(museum.db().count("SELECT COUNT(*) - COUNT(DISTINCT trace_id) FROM single_songs"))
        .isZero();
    List<String> listedAlbums = listTraceIds("new_album", from.toString(), to.toString());
    List<String> listedSingles = listTraceIds("new_single_song", from.toString(), to.toString());
    assertThat(listedAlbums).doesNotHaveDuplicates().containsAll(albumIds);
    assertThat(listedSingles).doesNotHaveDuplicates().containsAll(singleIds);
    System.out.printf(
        "posted %d albums and %d singles; stored %d and %d, each once%n",
        albumIds.size(), singleIds.size(), albumIds.size(), singleIds.size());
  }

  @Test
  void aPostedAlbumIsReadableFromStorageWithinMoments() {
    Instant before = Instant.now().minusSeconds(1);
    HttpResponse<String> posted = museum.post("receiver", "/events/new_album", JSON, Samples.ALBUM);
    assertThat(posted.statusCode()).isEqualTo(201);
    String traceId = Http.json(posted).getString("trace_id");
    long start = System.nanoTime();

    await()
        .atMost(Duration.ofSeconds(10))
        .pollInterval(Duration.ofMillis(20))
        .until(
            () ->
                listTraceIds(
                        "new_album", before.toString(), Instant.now().plusSeconds(1).toString())
                    .contains(traceId));
    System.out.printf(
        "album readable from storage %d ms after its 201%n",
        (System.nanoTime() - start) / 1_000_000);
  }
}
