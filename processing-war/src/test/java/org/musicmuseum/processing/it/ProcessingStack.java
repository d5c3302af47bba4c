package org.musicmuseum.processing.it;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.musicmuseum.stack.LocalStack;

/**
 * Receiver, storage and processing, each in its Liberty server, against a real broker and DB, with
 * HTTP helpers. Processing runs every 500 ms.
 */
final class ProcessingStack implements AutoCloseable {

  private final LocalStack stack;
  private final Path workDir;
  private final HttpClient http =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

  private ProcessingStack(LocalStack stack, Path workDir) {
    this.stack = stack;
    this.workDir = workDir;
  }

  static ProcessingStack start() throws IOException {
    Path root = Path.of(System.getProperty("museum.root"));
    Path work =
        Files.createTempDirectory(
            Files.createDirectories(root.resolve("processing-war/target")), "it-stack-");
    LocalStack stack =
        LocalStack.builder()
            .root(root)
            .workDir(work)
            .services("receiver", "storage", "processing")
            .serviceEnv("PROCESSING_INTERVAL_MS", "500")
            .start();
    return new ProcessingStack(stack, work);
  }

  LocalStack stack() {
    return stack;
  }

  /** The statistics file of processing (its DATA_DIR is {@code <workDir>/data/processing}). */
  Path statsFile() {
    return workDir.resolve("data").resolve("processing").resolve("stats.json");
  }

  /** A POST of a JSON body to the receiver, e.g. {@code /events/new_album}. */
  HttpResponse<String> post(String path, JsonObject body) {
    return send(
        HttpRequest.newBuilder(URI.create(stack.serviceUrl("receiver") + path))
            .timeout(Duration.ofSeconds(30))
            .header("Content-Type", "application/json")
            .POST(HttpRequest.BodyPublishers.ofString(body.toString()))
            .build());
  }

  /** A GET below processing's context root, e.g. {@code /stats}. */
  HttpResponse<String> processing(String path) {
    return get(stack.serviceUrl("processing") + path);
  }

  /** A GET on processing's server root, e.g. {@code /health/ready}. */
  HttpResponse<String> processingServer(String path) {
    return get(stack.serviceUrl("processing").replace("/processing", "") + path);
  }

  HttpResponse<String> get(String url) {
    return send(HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(30)).build());
  }

  HttpResponse<String> send(HttpRequest request) {
    try {
      return http.send(request, HttpResponse.BodyHandlers.ofString());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  /** {@code GET /processing/stats} as JSON; fails unless it answers 200. */
  JsonObject stats() {
    HttpResponse<String> response = processing("/stats");
    if (response.statusCode() != 200) {
      throw new AssertionError("GET /stats answered " + response.statusCode() + response.body());
    }
    return Json.createReader(new StringReader(response.body())).readObject();
  }

  /** The tables of the stack's database. */
  MuseumDb db() {
    return new MuseumDb(stack.jdbcUrl(), stack.dbUser(), stack.dbPassword());
  }

  @Override
  public void close() {
    stack.close();
  }
}
