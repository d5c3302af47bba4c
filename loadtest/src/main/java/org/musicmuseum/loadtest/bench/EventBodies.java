package org.musicmuseum.loadtest.bench;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/** Valid request bodies as a client sends them: albums and singles by a few hundred artists. */
public final class EventBodies {

  private static final String[] WORDS = {
    "Blue", "Night", "River", "Electric", "Golden", "Silent", "Wild", "Paper", "Glass", "Summer",
    "Echo", "Velvet", "Northern", "Lights", "Dream", "Machine", "Heart", "Stone", "Fire", "Rain"
  };
  private static final int ARTISTS = 400;

  private final SplittableRandom random;

  public EventBodies(long seed) {
    this.random = new SplittableRandom(seed);
  }

  public JsonObject album() {
    return Json.createObjectBuilder()
        .add("album_id", 1 + random.nextInt(1_000_000))
        .add("album_name", title(3))
        .add("artist_name", artist())
        .add("album_track_count", 1 + random.nextInt(30))
        .build();
  }

  public JsonObject single() {
    return Json.createObjectBuilder()
        .add("song_id", 1 + random.nextInt(1_000_000))
        .add("song_name", title(2))
        .add("artist_name", artist())
        .add("song_duration", Math.round((30 + random.nextDouble() * 870) * 10) / 10.0)
        .build();
  }

  /** An album or a single, about as many of each. */
  public JsonObject batchRecord() {
    boolean album = random.nextBoolean();
    return Json.createObjectBuilder()
        .add("type", album ? "new_album" : "new_single_song")
        .add("payload", album ? album() : single())
        .build();
  }

  /** {@code count} album bodies as UTF-8. */
  public List<byte[]> albums(int count) {
    List<byte[]> bodies = new ArrayList<>(count);
    for (int i = 0; i < count; i++) {
      bodies.add(utf8(album()));
    }
    return bodies;
  }

  /** One NDJSON batch body of {@code records} records. */
  public byte[] ndjsonBatch(int records) {
    StringBuilder body = new StringBuilder(records * 160);
    for (int i = 0; i < records; i++) {
      body.append(batchRecord()).append('\n');
    }
    return body.toString().getBytes(StandardCharsets.UTF_8);
  }

  public static byte[] utf8(JsonObject json) {
    return json.toString().getBytes(StandardCharsets.UTF_8);
  }

  private String artist() {
    int n = random.nextInt(ARTISTS);
    return WORDS[n % WORDS.length] + " " + WORDS[(n / WORDS.length) % WORDS.length] + " " + n;
  }

  private String title(int words) {
    StringBuilder title = new StringBuilder();
    for (int i = 0; i < words; i++) {
      if (i > 0) {
        title.append(' ');
      }
      title.append(WORDS[random.nextInt(WORDS.length)]);
    }
    return title.toString();
  }
}
