package org.musicmuseum.system;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import java.io.IOException;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * Albums posted through the gateway, each named {@code <marker>-<n>} so that a test finds exactly
 * its own rows in the database.
 */
final class GatewayTraffic {

  private final String gateway;
  private final MuseumClient client;
  private final String marker = "gw-" + UUID.randomUUID().toString().substring(0, 8);
  private final HttpClient http =
      HttpClient.newBuilder()
          .version(HttpClient.Version.HTTP_1_1)
          .connectTimeout(Duration.ofSeconds(5))
          .build();
  private int sent;

  GatewayTraffic(String gatewayUrl, MuseumClient client) {
    this.gateway = gatewayUrl;
    this.client = client;
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
    HttpResponse<String> response = send("/receiver/events/batch", batch.build().toString());
    if (response.statusCode() != 200 && response.statusCode() != 207) {
      throw new AssertionError("batch answered " + response.statusCode() + ": " + response.body());
    }
    return Json.createReader(new StringReader(response.body())).readObject().getInt("accepted");
  }

  int sent() {
    return sent;
  }

  /** Rows of this traffic in the albums table, and how many distinct trace ids they have. */
  long[] stored() {
    String where = " FROM albums WHERE album_name LIKE '" + marker + "-%'";
    return new long[] {
      client.count("SELECT COUNT(*)" + where),
      client.count("SELECT COUNT(DISTINCT trace_id)" + where)
    };
  }

  HttpResponse<String> get(String path) {
    return exchange("GET " + path, request(path, Duration.ofSeconds(10)).build());
  }

  private HttpResponse<String> send(String path, String body) {
    return exchange(
        "POST " + path,
        request(path, Duration.ofSeconds(30))
            .header("Content-Type", "application/json")
            .POST(HttpRequest.BodyPublishers.ofString(body))
            .build());
  }

  private HttpRequest.Builder request(String path, Duration timeout) {
    return HttpRequest.newBuilder(URI.create(gateway + path)).timeout(timeout);
  }

  /** Sends {@code request}; a failure to get an answer fails the test, naming {@code what}. */
  private HttpResponse<String> exchange(String what, HttpRequest request) {
    try {
      return http.send(request, HttpResponse.BodyHandlers.ofString());
    } catch (IOException e) {
      throw new AssertionError(what + " through the gateway failed: " + e, e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new AssertionError("interrupted", e);
    }
  }

  private JsonObject album(int n) {
    return Payloads.album(n, marker + "-" + n, "Gateway Quartet", 1 + n % 20);
  }
}
