package org.musicmuseum.system;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.musicmuseum.testkit.Http;
import org.musicmuseum.testkit.TestStack;

/**
 * Albums posted through the gateway, each named {@code <marker>-<n>} so that a test finds exactly
 * its own rows in the database.
 */
final class GatewayTraffic {

  private final String gateway;
  private final TestStack museum;
  private final String marker = "gw-" + UUID.randomUUID().toString().substring(0, 8);
  private final Http http = Http.http11(Duration.ofSeconds(30));
  private int sent;

  GatewayTraffic(String gatewayUrl, TestStack museum) {
    this.gateway = gatewayUrl;
    this.museum = museum;
  }

  /** Posts {@code count} albums one by one; returns a line for each one that did not get 201. */
  List<String> postAlbums(int count) {
    List<String> failures = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      HttpResponse<String> response = send("/receiver/events/new_album", album(++sent).toString());
      if (response.statusCode() != 201) {
        failures.add("album " + sent + ": " + response.statusCode() + " " + response.body());
      }
    }
    return failures;
  }

  /** Posts {@code count} albums as one batch; returns how many the receiver accepted. */
  long postBatch(int count) {
    JsonArrayBuilder batch = Json.createArrayBuilder();
    for (int i = 0; i < count; i++) {
      batch.add(Payloads.item("new_album", album(++sent)));
    }
    return post(batch);
  }

  /**
   * Posts {@code count} events as one batch, albums and singles in turn; returns how many the
   * receiver accepted.
   */
  long postMixedBatch(int count) {
    JsonArrayBuilder batch = Json.createArrayBuilder();
    for (int i = 0; i < count; i++) {
      int n = ++sent;
      batch.add(
          n % 2 == 0
              ? Payloads.item("new_album", album(n))
              : Payloads.item(
                  "new_single_song",
                  Payloads.single(n, marker + "-" + n, "Gateway Trio", 60.5 + n)));
    }
    return post(batch);
  }

  /** Posts one batch; returns how many the receiver accepted (200, or 207 with some refused). */
  private long post(JsonArrayBuilder batch) {
    HttpResponse<String> response = send("/receiver/events/batch", batch.build().toString());
    if (response.statusCode() != 200 && response.statusCode() != 207) {
      throw new AssertionError("batch answered " + response.statusCode() + ": " + response.body());
    }
    return Http.json(response).getInt("accepted");
  }

  /** Rows of this traffic in both tables, and how many distinct trace ids they have. */
  long[] storedBoth() {
    String albums = " FROM albums WHERE album_name LIKE '" + marker + "-%'";
    String singles = " FROM single_songs WHERE song_name LIKE '" + marker + "-%'";
    return new long[] {
      museum.db().count("SELECT COUNT(*)" + albums)
          + museum.db().count("SELECT COUNT(*)" + singles),
      museum.db().count("SELECT COUNT(DISTINCT trace_id)" + albums)
          + museum.db().count("SELECT COUNT(DISTINCT trace_id)" + singles)
    };
  }

  int sent() {
    return sent;
  }

  /** Rows of this traffic in the albums table, and how many distinct trace ids they have. */
  long[] stored() {
    String where = " FROM albums WHERE album_name LIKE '" + marker + "-%'";
    return new long[] {
      museum.db().count("SELECT COUNT(*)" + where),
      museum.db().count("SELECT COUNT(DISTINCT trace_id)" + where)
    };
  }

  HttpResponse<String> get(String path) {
    return http.get(gateway + path);
  }

  private HttpResponse<String> send(String path, String body) {
    return http.post(gateway + path, Http.JSON, body);
  }

  private JsonObject album(int n) {
    return Payloads.album(n, marker + "-" + n, "Gateway Quartet", 1 + n % 20);
  }
}
