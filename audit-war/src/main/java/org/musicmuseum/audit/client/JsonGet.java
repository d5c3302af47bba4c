package org.musicmuseum.audit.client;

import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.json.bind.JsonbException;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.time.Duration;
import java.util.Optional;
import org.musicmuseum.kit.http.ServiceClients;

/**
 * A GET of a JSON answer from another service, bounded by timeouts: 200 is the value, 404 is
 * missing, anything else (another status, no answer in time, a refused connection) is a failure
 * with its reason. Never throws for the other service's sake.
 */
public final class JsonGet implements AutoCloseable {

  private final HttpClient http;
  private final Duration timeout;
  private final Jsonb jsonb = JsonbBuilder.create();

  public JsonGet(Duration connectTimeout, Duration timeout) {
    this.timeout = timeout;
    this.http = ServiceClients.client(connectTimeout);
  }

  /**
   * GETs {@code uri} and reads its body as {@code type}; passes the caller's {@code Authorization}
   * header on when there is one.
   */
  public <T> Reply<T> get(URI uri, Class<T> type, Optional<String> authorization) {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(uri).timeout(timeout).header("Accept", "application/json").GET();
    authorization.ifPresent(value -> request.header("Authorization", value));
    try {
      HttpResponse<String> response =
          http.send(request.build(), HttpResponse.BodyHandlers.ofString());
      if (response.statusCode() == 404) {
        return new Reply.Missing<>();
      }
      if (response.statusCode() != 200) {
        return new Reply.Failed<>("answered " + response.statusCode());
      }
      T value = jsonb.fromJson(response.body(), type);
      return value == null
          ? new Reply.Failed<>("answered an empty body")
          : new Reply.Found<>(value);
    } catch (HttpTimeoutException e) {
      return new Reply.Failed<>("did not answer within " + timeout.toMillis() + " ms");
    } catch (IOException e) {
      return new Reply.Failed<>("could not be reached (" + e.getClass().getSimpleName() + ")");
    } catch (JsonbException e) {
      return new Reply.Failed<>("answered an unreadable body");
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return new Reply.Failed<>("interrupted");
    }
  }

  @Override
  public void close() throws Exception {
    jsonb.close();
  }
}
