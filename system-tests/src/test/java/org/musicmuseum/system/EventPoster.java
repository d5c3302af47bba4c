package org.musicmuseum.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.musicmuseum.testkit.Http.JSON;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.musicmuseum.testkit.TestStack;

/** Posts albums and singles of a few artists through the receiver's batch API and counts them. */
final class EventPoster {

  private static final List<String> ARTISTS =
      List.of(
          "The Velvet Owls",
          "Nova Quartet",
          "Lena Marr",
          "Brass Cathedral",
          "Kofi & the Tides",
          "Ida Strand",
          "Midnight Cartography",
          "Okra Lane");

  private final TestStack museum;
  private final AtomicInteger sequence = new AtomicInteger();
  private final AtomicLong albums = new AtomicLong();
  private final AtomicLong singles = new AtomicLong();

  EventPoster(TestStack museum) {
    this.museum = museum;
  }

  /** Albums posted so far (all accepted). */
  long albums() {
    return albums.get();
  }

  long singles() {
    return singles.get();
  }

  /**
   * One batch of {@code albumCount} albums and {@code singleCount} singles; all must be accepted.
   */
  void post(int albumCount, int singleCount) {
    JsonArrayBuilder batch = Json.createArrayBuilder();
    for (int i = 0; i < albumCount; i++) {
      batch.add(Payloads.item("new_album", album(sequence.incrementAndGet())));
    }
    for (int i = 0; i < singleCount; i++) {
      batch.add(Payloads.item("new_single_song", single(sequence.incrementAndGet())));
    }
    HttpResponse<String> response =
        museum.post("receiver", "/events/batch", JSON, batch.build().toString());
    assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
    albums.addAndGet(albumCount);
    singles.addAndGet(singleCount);
  }

  /** Album no. n, by one of the artists, with 4 to 22 tracks. */
  private static JsonObject album(int n) {
    String artist = ARTISTS.get((n * n) % ARTISTS.size());
    return Payloads.album(n, "Album no. " + n, artist, 4 + (n * 7) % 19);
  }

  /** Song no. n, by one of the artists, 2 to 10 minutes long. */
  private static JsonObject single(int n) {
    return Payloads.single(
        n, "Song no. " + n, ARTISTS.get((n * 3) % ARTISTS.size()), 120 + (n * 37) % 480 + 0.5);
  }
}
