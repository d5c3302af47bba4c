package org.musicmuseum.testkit;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpResponse.BodyHandler;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;

/**
 * The HTTP calls of the tests, as a client of the services makes them: the answer comes back with
 * its status, headers and body whatever the status; only a failed connection throws (unchecked).
 * Headers are given as name/value pairs.
 */
public final class Http {

  public static final String JSON = "application/json";
  public static final String PROBLEM_JSON = "application/problem+json";

  private static final Duration CONNECT_TIMEOUT = Duration.ofSeconds(5);

  private final HttpClient client;
  private final Duration timeout;

  /** Each request may take {@code timeout} to be answered. */
  public Http(Duration timeout) {
    this(HttpClient.newBuilder().connectTimeout(CONNECT_TIMEOUT).build(), timeout);
  }

  private Http(HttpClient client, Duration timeout) {
    this.client = client;
    this.timeout = timeout;
  }

  /** Speaks only HTTP/1.1, as a gateway in front of the services does. */
  public static Http http11(Duration timeout) {
    return new Http(
        HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(CONNECT_TIMEOUT)
            .build(),
        timeout);
  }

  public HttpResponse<String> get(String url, String... headers) {
    return request("GET", url, headers);
  }

  /** A request without a body, e.g. {@code OPTIONS}. */
  public HttpResponse<String> request(String method, String url, String... headers) {
    return send(builder(url, headers).method(method, HttpRequest.BodyPublishers.noBody()).build());
  }

  public HttpResponse<String> post(String url, String contentType, String body, String... headers) {
    return send(postRequest(url, contentType, body, headers));
  }

  public CompletableFuture<HttpResponse<String>> postAsync(
      String url, String contentType, String body, String... headers) {
    return client.sendAsync(
        postRequest(url, contentType, body, headers), HttpResponse.BodyHandlers.ofString());
  }

  private HttpRequest postRequest(String url, String contentType, String body, String... headers) {
    return builder(url, headers)
        .header("Content-Type", contentType)
        .POST(HttpRequest.BodyPublishers.ofString(body))
        .build();
  }

  /** A request to {@code url} with this client's timeout and the given headers. */
  public HttpRequest.Builder builder(String url, String... headers) {
    if (headers.length % 2 != 0) {
      throw new IllegalArgumentException("headers come as name/value pairs");
    }
    HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url)).timeout(timeout);
    for (int i = 0; i < headers.length; i += 2) {
      request.header(headers[i], headers[i + 1]);
    }
    return request;
  }

  public HttpResponse<String> send(HttpRequest request) {
    return send(request, HttpResponse.BodyHandlers.ofString());
  }

  public <T> HttpResponse<T> send(HttpRequest request, BodyHandler<T> body) {
    try {
      return client.send(request, body);
    } catch (IOException e) {
      throw new UncheckedIOException(request.method() + " " + request.uri() + ": " + e, e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted: " + request.method() + " " + request.uri(), e);
    }
  }

  public static JsonObject json(HttpResponse<String> response) {
    return json(response.body());
  }

  public static JsonObject json(String body) {
    return Json.createReader(new StringReader(body)).readObject();
  }

  /** The JSON body of an answer that must have {@code status}; an AssertionError otherwise. */
  public static JsonObject jsonOf(HttpResponse<String> response, int status) {
    if (response.statusCode() != status) {
      throw new AssertionError(
          response.request().method()
              + " "
              + response.request().uri()
              + " answered "
              + response.statusCode()
              + " (not "
              + status
              + "): "
              + response.body());
    }
    return json(response);
  }
}
