package org.musicmuseum.audit.it;

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
import java.util.Properties;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.musicmuseum.events.Topics;
import org.musicmuseum.stack.LocalStack;

/**
 * The receiver and the audit, each in its own Liberty server, against a real broker; with HTTP
 * helpers and a producer for raw records.
 */
final class AuditStack implements AutoCloseable {

  private final LocalStack stack;
  private final Path workDir;
  private final KafkaProducer<String, byte[]> producer;
  private final HttpClient http =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

  private AuditStack(LocalStack stack, Path workDir) {
    this.stack = stack;
    this.workDir = workDir;
    Properties props = new Properties();
    props.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, stack.kafkaBootstrap());
    props.put(ProducerConfig.ACKS_CONFIG, "all");
    producer = new KafkaProducer<>(props, new StringSerializer(), new ByteArraySerializer());
  }

  static AuditStack start() throws IOException {
    Path root = Path.of(System.getProperty("museum.root"));
    Path work =
        Files.createTempDirectory(
            Files.createDirectories(root.resolve("audit-war/target")), "it-stack-");
    LocalStack stack =
        LocalStack.builder().root(root).workDir(work).services("receiver", "audit").start();
    return new AuditStack(stack, work);
  }

  LocalStack stack() {
    return stack;
  }

  /** The audit's index file, in the DATA_DIR the stack gave it. */
  Path indexFile() {
    return workDir.resolve("data/audit/audit-index.bin");
  }

  /** Posts an event to the receiver and returns its trace id (the post must succeed). */
  String post(String path, String body) {
    HttpResponse<String> response =
        send(
            HttpRequest.newBuilder(URI.create(stack.serviceUrl("receiver") + path))
                .timeout(Duration.ofSeconds(30))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body))
                .build());
    if (response.statusCode() != 201) {
      throw new AssertionError("POST " + path + ": " + response.statusCode() + response.body());
    }
    return json(response.body()).getString("trace_id");
  }

  /** A GET below the audit's context root, e.g. {@code /album?index=0}. */
  HttpResponse<String> get(String path) {
    return getAbsolute(stack.serviceUrl("audit") + path);
  }

  /** A GET of the audit server's own paths, e.g. {@code /health/ready}. */
  HttpResponse<String> getServer(String path) {
    return getAbsolute(stack.serviceUrl("audit").replace("/audit_log", "") + path);
  }

  private HttpResponse<String> getAbsolute(String url) {
    return send(
        HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(60)).GET().build());
  }

  /** Puts a raw record on the topic and waits for the broker's acknowledgement. */
  void sendRaw(int partition, byte[] value) {
    try {
      producer.send(new ProducerRecord<>(Topics.MUSIC_EVENTS, partition, null, value)).get();
    } catch (Exception e) {
      throw new IllegalStateException("could not produce", e);
    }
  }

  static JsonObject json(String body) {
    return Json.createReader(new StringReader(body)).readObject();
  }

  private HttpResponse<String> send(HttpRequest request) {
    try {
      return http.send(request, HttpResponse.BodyHandlers.ofString());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  @Override
  public void close() {
    try {
      producer.close(Duration.ofSeconds(5));
    } finally {
      stack.close();
    }
  }
}
