package org.musicmuseum.system;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.musicmuseum.stack.LocalStack;

/** What a user of the running stack has: HTTP to the services and, for checking, SQL to the DB. */
public final class MuseumClient {

  public static final String JSON = "application/json";

  private final LocalStack stack;
  private final HttpClient http =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

  public MuseumClient(LocalStack stack) {
    this.stack = stack;
  }

  /** A POST to {@code service}'s API path, e.g. ("receiver", "/events/new_album"). */
  public CompletableFuture<HttpResponse<String>> postAsync(
      String service, String path, String contentType, String body) {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(URI.create(stack.serviceUrl(service) + path))
            .timeout(Duration.ofSeconds(30))
            .POST(HttpRequest.BodyPublishers.ofString(body));
    if (contentType != null) {
      request.header("Content-Type", contentType);
    }
    return http.sendAsync(request.build(), HttpResponse.BodyHandlers.ofString());
  }

  public HttpResponse<String> post(String service, String path, String contentType, String body) {
    return postAsync(service, path, contentType, body).join();
  }

  public HttpResponse<String> get(String service, String pathAndQuery) {
    return get(URI.create(stack.serviceUrl(service) + pathAndQuery));
  }

  /** The report of a service's {@code /health/ready} (200 or 503 alike). */
  public JsonObject readiness(String service) {
    return json(get(URI.create("http://127.0.0.1:" + stack.port(service) + "/health/ready")));
  }

  private HttpResponse<String> get(URI uri) {
    try {
      return http.send(
          HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(30)).build(),
          HttpResponse.BodyHandlers.ofString());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  public static JsonObject json(HttpResponse<String> response) {
    return Json.createReader(new StringReader(response.body())).readObject();
  }

  /** Every trace id the storage API lists for a type in a time range, following the cursor. */
  public List<String> listTraceIds(String type, String from, String to) {
    List<String> traceIds = new ArrayList<>();
    String cursor = "";
    while (cursor != null) {
      HttpResponse<String> response =
          get(
              "storage",
              "/events/"
                  + type
                  + "?timestamp="
                  + from
                  + "&end_timestamp="
                  + to
                  + "&limit=1000"
                  + cursor);
      if (response.statusCode() != 200) {
        throw new AssertionError(
            "storage answered " + response.statusCode() + ": " + response.body());
      }
      JsonObject page = json(response);
      page.getJsonArray("events")
          .getValuesAs(JsonObject.class)
          .forEach(e -> traceIds.add(e.getString("trace_id")));
      cursor = page.containsKey("next_cursor") ? "&cursor=" + page.getString("next_cursor") : null;
    }
    return traceIds;
  }

  /** The first column of every row of a query, as text. */
  public List<String> sql(String query) {
    try (Connection c =
            DriverManager.getConnection(stack.jdbcUrl(), stack.dbUser(), stack.dbPassword());
        Statement s = c.createStatement();
        ResultSet rs = s.executeQuery(query)) {
      List<String> values = new ArrayList<>();
      while (rs.next()) {
        values.add(rs.getString(1));
      }
      return values;
    } catch (SQLException e) {
      throw new IllegalStateException(query, e);
    }
  }

  public long count(String query) {
    return Long.parseLong(sql(query).get(0));
  }
}
