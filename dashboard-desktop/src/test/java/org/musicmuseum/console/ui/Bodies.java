package org.musicmuseum.console.ui;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Map;

/** The JSON the stubbed services answer, built with JSON-P. */
final class Bodies {

  static final Instant NOW = Instant.now().truncatedTo(ChronoUnit.SECONDS);

  private Bodies() {}

  /** Processing's stats with {@code minutes} minutes of events and two artists. */
  static String stats(long albums, int maxTracks, long singles, double maxDuration, int minutes) {
    JsonArrayBuilder perMinute = Json.createArrayBuilder();
    Instant first = NOW.truncatedTo(ChronoUnit.MINUTES).minus(minutes - 1L, ChronoUnit.MINUTES);
    for (int i = 0; i < minutes; i++) {
      perMinute.add(
          Json.createObjectBuilder()
              .add("minute", first.plus(i, ChronoUnit.MINUTES).toString())
              .add("albums", i % 7)
              .add("singles", i % 5));
    }
    return Json.createObjectBuilder()
        .add("num_album_events", albums)
        .add("max_album_track_count", maxTracks)
        .add("num_single_events", singles)
        .add("max_single_song_duration", maxDuration)
        .add("last_updated", NOW.toString())
        .add("events_per_minute", perMinute)
        .add(
            "top_artists",
            Json.createArrayBuilder().add(artist("Miles Davis", 12)).add(artist("Nina Simone", 9)))
        .build()
        .toString();
  }

  /** The health report with these statuses, each checked now. */
  static String health(Map<String, String> statuses) {
    JsonObjectBuilder services = Json.createObjectBuilder();
    statuses.forEach(
        (name, status) ->
            services.add(
                name,
                Json.createObjectBuilder()
                    .add("status", status)
                    .add("last_check", NOW.toString())
                    .add("since", NOW.minusSeconds(60).toString())
                    .add("detail", status.equals("Running") ? "ready" : "connection refused")));
    return Json.createObjectBuilder()
        .add("last_update", NOW.toString())
        .add("services", services)
        .add("history", Json.createArrayBuilder())
        .build()
        .toString();
  }

  /** All four services with one status. */
  static String allRunning() {
    return health(
        Map.of(
            "receiver",
            "Running",
            "storage",
            "Running",
            "processing",
            "Running",
            "audit",
            "Running"));
  }

  static String counts(long albums, long singles) {
    return Json.createObjectBuilder()
        .add("album", albums)
        .add("single_song", singles)
        .add("caught_up", true)
        .build()
        .toString();
  }

  /** Audit's record of an album named {@code name}. */
  static String albumRecord(String name, long offset) {
    JsonObject payload =
        Json.createObjectBuilder()
            .add("trace_id", "0f8fad5b-d9cb-469f-a165-70867728950e")
            .add("album_id", 7)
            .add("album_name", name)
            .add("artist_name", "Miles Davis")
            .add("album_track_count", 5)
            .build();
    return record("new_album", payload, offset);
  }

  /** Audit's record of a single named {@code name}. */
  static String singleRecord(String name, long offset) {
    JsonObject payload =
        Json.createObjectBuilder()
            .add("trace_id", "7c9e6679-7425-40de-944b-e07fc1f90ae7")
            .add("song_id", 3)
            .add("song_name", name)
            .add("artist_name", "Nina Simone")
            .add("song_duration", 215.5)
            .build();
    return record("new_single_song", payload, offset);
  }

  private static String record(String type, JsonObject payload, long offset) {
    return Json.createObjectBuilder()
        .add(
            "event",
            Json.createObjectBuilder()
                .add("type", type)
                .add("datetime", NOW.toString())
                .add("payload", payload))
        .add("partition", 1)
        .add("offset", offset)
        .add("timestamp", NOW.toString())
        .build()
        .toString();
  }

  private static JsonObjectBuilder artist(String name, long events) {
    return Json.createObjectBuilder().add("artist_name", name).add("events", events);
  }
}
