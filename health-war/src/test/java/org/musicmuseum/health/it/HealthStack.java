package org.musicmuseum.health.it;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.stream.Stream;
import org.musicmuseum.stack.LocalStack;

/**
 * Receiver, storage and health in their own Liberty servers (with Kafka and the DB), health polling
 * every 500 ms; processing and audit point at ports where nothing listens.
 */
final class HealthStack implements AutoCloseable {

  private final LocalStack stack;
  private final Path workDir;
  private final HttpClient http =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

  private HealthStack(LocalStack stack, Path workDir) {
    this.stack = stack;
    this.workDir = workDir;
  }

  static HealthStack start() throws IOException {
    Path root = Path.of(System.getProperty("museum.root"));
    Path work =
        Files.createTempDirectory(
            Files.createDirectories(root.resolve("health-war/target")), "it-stack-");
    return new HealthStack(
        LocalStack.builder()
            .root(root)
            .workDir(work)
            .services("receiver", "storage", "health")
            .serviceEnv("HEALTH_INTERVAL_MS", "500")
            .serviceEnv("PROCESSING_URL", "http://127.0.0.1:" + unusedPort() + "/processing")
            .serviceEnv("AUDIT_URL", "http://127.0.0.1:" + unusedPort() + "/audit_log")
            .start(),
        work);
  }

  private static int unusedPort() throws IOException {
    try (ServerSocket socket = new ServerSocket(0)) {
      return socket.getLocalPort();
    }
  }

  LocalStack stack() {
    return stack;
  }

  /** The health service's DATA_DIR. */
  Path healthDataDir() {
    return workDir.resolve("data/health");
  }

  /** The health server's log files (messages.log and the ones of earlier runs). */
  List<Path> healthLogs() throws IOException {
    try (Stream<Path> files = Files.list(workDir.resolve("logs/health"))) {
      return files.filter(f -> f.getFileName().toString().startsWith("messages")).toList();
    }
  }

  /** A URL below the health context root, e.g. {@code /status}. */
  URI health(String path) {
    return URI.create(stack.serviceUrl("health") + path);
  }

  /** A URL at the root of the health server, e.g. {@code /health/ready}. */
  URI healthServer(String path) {
    return URI.create(stack.serviceUrl("health").replace("/healthcheck", "") + path);
  }

  HttpClient http() {
    return http;
  }

  HttpResponse<String> get(URI uri) {
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

  /** {@code GET /healthcheck/status}, which must answer 200. */
  JsonObject status() {
    HttpResponse<String> response = get(health("/status"));
    if (response.statusCode() != 200) {
      throw new AssertionError("GET /status: " + response.statusCode() + " " + response.body());
    }
    return Json.createReader(new StringReader(response.body())).readObject();
  }

  /** The status of one service, e.g. {@code Running}. */
  String statusOf(String service) {
    return status().getJsonObject("services").getJsonObject(service).getString("status");
  }

  @Override
  public void close() {
    stack.close();
  }
}
