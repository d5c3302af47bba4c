package org.musicmuseum.system;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;

/** Event payloads as clients post them to the receiver, and the items of a batch. */
public final class Payloads {

  private Payloads() {}

  /** The payload of a {@code new_album}. */
  public static JsonObject album(long id, String name, String artist, int trackCount) {
    return named("album", id, name, artist).add("album_track_count", trackCount).build();
  }

  /** The payload of a {@code new_single_song}; {@code duration} in seconds. */
  public static JsonObject single(long id, String name, String artist, double duration) {
    return named("song", id, name, artist).add("song_duration", duration).build();
  }

  /** An item of {@code POST /events/batch}: the event type and its payload. */
  public static JsonObject item(String type, JsonObject payload) {
    return Json.createObjectBuilder().add("type", type).add("payload", payload).build();
  }

  /** The fields every payload has: {@code <what>_id}, {@code <what>_name} and the artist. */
  private static JsonObjectBuilder named(String what, long id, String name, String artist) {
    return Json.createObjectBuilder()
        .add(what + "_id", id)
        .add(what + "_name", name)
        .add("artist_name", artist);
  }
}
