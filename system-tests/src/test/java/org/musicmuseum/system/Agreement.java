package org.musicmuseum.system;

import jakarta.json.JsonObject;
import java.math.BigDecimal;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.util.List;
import org.musicmuseum.testkit.Db;
import org.musicmuseum.testkit.Http;
import org.musicmuseum.testkit.TestStack;

/** Whether what the services say agrees with what the database holds. */
public final class Agreement {

  private Agreement() {}

  /** True when processing's statistics equal the database's counts and maxima. */
  public static boolean statsEqualTheDatabase(TestStack museum) {
    HttpResponse<String> response = museum.get("processing", "/stats");
    if (response.statusCode() != 200) {
      return false;
    }
    return statsEqualTheDatabase(Http.json(response), museum.db());
  }

  /** True when {@code stats} (processing's /stats) equal the counts and maxima {@code db} holds. */
  public static boolean statsEqualTheDatabase(JsonObject stats, Db db) {
    List<String> rows =
        db.strings(
            "SELECT CONCAT_WS('|', (SELECT COUNT(*) FROM albums),"
                + " (SELECT COALESCE(MAX(album_track_count), 0) FROM albums),"
                + " (SELECT COUNT(*) FROM single_songs),"
                + " (SELECT COALESCE(MAX(song_duration), 0) FROM single_songs))");
    String[] expected = rows.get(0).split("\\|");
    return stats.getJsonNumber("num_album_events").longValue() == Long.parseLong(expected[0])
        && stats.getJsonNumber("max_album_track_count").longValue() == Long.parseLong(expected[1])
        && stats.getJsonNumber("num_single_events").longValue() == Long.parseLong(expected[2])
        && stats
                .getJsonNumber("max_single_song_duration")
                .bigDecimalValue()
                .compareTo(new BigDecimal(expected[3]))
            == 0;
  }

  /** The statuses health recorded for {@code service} since {@code since}, oldest first. */
  public static List<String> statusChanges(TestStack museum, String service, Instant since) {
    HttpResponse<String> response = museum.get("health", "/status");
    if (response.statusCode() != 200) {
      return List.of();
    }
    return Http.json(response).getJsonArray("history").getValuesAs(JsonObject.class).stream()
        .filter(c -> c.getString("service").equals(service))
        .filter(c -> !Instant.parse(c.getString("at")).isBefore(since))
        .map(c -> c.getString("to"))
        .toList();
  }

  /** The status health shows for {@code service} now, or "" when health does not answer. */
  public static String statusOf(TestStack museum, String service) {
    HttpResponse<String> response = museum.get("health", "/status");
    return response.statusCode() != 200
        ? ""
        : Http.json(response).getJsonObject("services").getJsonObject(service).getString("status");
  }
}
