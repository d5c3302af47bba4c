package org.musicmuseum.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.musicmuseum.system.MuseumClient.JSON;

import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.musicmuseum.stack.LocalStack;

/** Bad input gets a 4xx problem and changes nothing; a good album is readable within moments. */
class BadInputSystemIT {

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

  private static final List<String[]> BAD =
      List.of(
          new String[] {"/events/new_album", JSON, "{\"album_id\":"},
          new String[] {"/events/new_album", JSON, "not json at all"},
          new String[] {
            "/events/new_album",
            JSON,
            "{\"album_id\":\"seven\",\"album_name\":\"a\",\"artist_name\":\"b\",\"album_track_count\":5}"
          },
          new String[] {
            "/events/new_album",
            JSON,
            "{\"album_name\":\"a\",\"artist_name\":\"b\",\"album_track_count\":5}"
          },
          new String[] {
            "/events/new_album",
            JSON,
            "{\"album_id\":1,\"album_name\":\"a\",\"artist_name\":\"b\",\"album_track_count\":5,\"year\":1959}"
          },
          new String[] {
            "/events/new_album",
            JSON,
            "{\"album_id\":1,\"album_name\":\"a\",\"artist_name\":\"b\",\"album_track_count\":100000}"
          },
          new String[] {
            "/events/new_album",
            JSON,
            "{\"album_id\":1,\"album_name\":\""
                + "n".repeat(256)
                + "\",\"artist_name\":\"b\",\"album_track_count\":5}"
          },
          new String[] {
            "/events/new_single_song",
            JSON,
            "{\"song_id\":1,\"song_name\":\"a\",\"artist_name\":\"b\",\"song_duration\":\"long\"}"
          },
          new String[] {
            "/events/new_single_song",
            JSON,
            "{\"song_id\":1,\"song_name\":\"a\",\"artist_name\":\"b\",\"song_duration\":0}"
          },
          new String[] {
            "/events/new_single_song",
            JSON,
            "{\"song_id\":1,\"song_name\":\"" + "z".repeat(100_000) + "\"}"
          },
          new String[] {
            "/events/new_single_song",
            "text/plain",
            "{\"song_id\":1,\"song_name\":\"a\",\"artist_name\":\"b\",\"song_duration\":3}"
          },
          new String[] {
            "/events/new_single_song",
            null,
            "{\"song_id\":1,\"song_name\":\"a\",\"artist_name\":\"b\",\"song_duration\":3}"
          },
          new String[] {"/events/batch", JSON, "{\"not\":\"an array\"}"});

  @Test
  void badInputGetsAProblemAndNothingIsStored() {
    long albums = client.count("SELECT COUNT(*) FROM albums");
    long singles = client.count("SELECT COUNT(*) FROM single_songs");

    for (String[] bad : BAD) {
      HttpResponse<String> response = client.post("receiver", bad[0], bad[1], bad[2]);
      assertThat(response.statusCode())
          .as(bad[2].substring(0, Math.min(80, bad[2].length())))
          .isBetween(400, 499);
      assertThat(response.headers().firstValue("Content-Type"))
          .hasValue("application/problem+json");
    }
    // A valid album sent after the bad ones is stored; by then anything the bad ones enqueued would
    // be too.
    String marker =
        MuseumClient.json(
                client.post(
                    "receiver",
                    "/events/new_album",
                    JSON,
                    "{\"album_id\":99,\"album_name\":\"Marker\",\"artist_name\":\"M\",\"album_track_count\":1}"))
            .getString("trace_id");
    await()
        .atMost(Duration.ofSeconds(60))
        .until(
            () ->
                client.count("SELECT COUNT(*) FROM albums WHERE trace_id = '" + marker + "'") == 1);
    assertThat(client.count("SELECT COUNT(*) FROM albums")).isEqualTo(albums + 1);
    assertThat(client.count("SELECT COUNT(*) FROM single_songs")).isEqualTo(singles);
    assertThat(client.count("SELECT COUNT(*) FROM quarantine")).isZero();
  }

  @Test
  void aPostedAlbumIsReadableFromStorageWithinMoments() {
    Instant before = Instant.now().minusSeconds(1);
    HttpResponse<String> posted =
        client.post(
            "receiver",
            "/events/new_album",
            JSON,
            "{\"album_id\":7,\"album_name\":\"Kind of Blue\",\"artist_name\":\"Miles Davis\",\"album_track_count\":5}");
    assertThat(posted.statusCode()).isEqualTo(201);
    String traceId = MuseumClient.json(posted).getString("trace_id");
    long start = System.nanoTime();

    await()
        .atMost(Duration.ofSeconds(10))
        .pollInterval(Duration.ofMillis(20))
        .until(
            () ->
                client
                    .listTraceIds(
                        "new_album", before.toString(), Instant.now().plusSeconds(1).toString())
                    .contains(traceId));
    System.out.printf(
        "album readable from storage %d ms after its 201%n",
        (System.nanoTime() - start) / 1_000_000);
  }
}
