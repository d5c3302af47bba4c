package org.musicmuseum.receiver.it;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.ExecutionException;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.musicmuseum.events.Topics;
import org.musicmuseum.stack.LocalStack;
import org.musicmuseum.stack.LocalStackBuilder;
import org.musicmuseum.stack.kafka.TopicOffsets;

/**
 * The receiver in its Liberty server against a real broker, with an HTTP client and topic probes.
 */
final class ReceiverStack implements AutoCloseable {

  private final LocalStack stack;
  private final HttpClient http =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

  private ReceiverStack(LocalStack stack) {
    this.stack = stack;
  }

  static ReceiverStack start() throws IOException {
    return start(Map.of());
  }

  /** A receiver whose server also gets {@code env}. */
  static ReceiverStack start(Map<String, String> env) throws IOException {
    Path root = Path.of(System.getProperty("museum.root"));
    Path work =
        Files.createTempDirectory(
            Files.createDirectories(root.resolve("receiver-war/target")), "it-stack-");
    LocalStackBuilder builder = LocalStack.builder().root(root).workDir(work).services("receiver");
    env.forEach(builder::serviceEnv);
    return new ReceiverStack(builder.start());
  }

  /** A temporary directory below the receiver module's target. */
  static Path workDir(String prefix) throws IOException {
    Path root = Path.of(System.getProperty("museum.root"));
    return Files.createTempDirectory(
        Files.createDirectories(root.resolve("receiver-war/target")), prefix);
  }

  LocalStack stack() {
    return stack;
  }

  /** A POST to the receiver; {@code headers} are name/value pairs. */
  HttpResponse<String> post(String path, String contentType, String body, String... headers) {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(URI.create(stack.serviceUrl("receiver") + path))
            .timeout(Duration.ofSeconds(30))
            .POST(HttpRequest.BodyPublishers.ofString(body));
    if (contentType != null) {
      request.header("Content-Type", contentType);
    }
    for (int i = 0; i < headers.length; i += 2) {
      request.header(headers[i], headers[i + 1]);
    }
    return send(request.build());
  }

  HttpResponse<String> get(String absoluteUrl, String... headers) {
    return request(absoluteUrl, "GET", headers);
  }

  /** A request without a body; {@code headers} are name/value pairs. */
  HttpResponse<String> request(String absoluteUrl, String method, String... headers) {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(URI.create(absoluteUrl))
            .timeout(Duration.ofSeconds(30))
            .method(method, HttpRequest.BodyPublishers.noBody());
    for (int i = 0; i < headers.length; i += 2) {
      request.header(headers[i], headers[i + 1]);
    }
    return send(request.build());
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

  private KafkaConsumer<String, String> consumer() {
    Properties props = new Properties();
    props.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, stack.kafkaBootstrap());
    props.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, "false");
    return new KafkaConsumer<>(props, new StringDeserializer(), new StringDeserializer());
  }

  /** How many records the topic holds, over all partitions. */
  long topicSize() {
    try {
      return TopicOffsets.endSum(stack.kafkaBootstrap(), Topics.MUSIC_EVENTS);
    } catch (ExecutionException e) {
      throw new IllegalStateException("cannot read the topic's end offsets", e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  /** Every record on the topic, key → value (read from the beginning). */
  Map<String, String> topicRecords() {
    try (var consumer = consumer()) {
      List<TopicPartition> partitions =
          consumer.partitionsFor(Topics.MUSIC_EVENTS).stream()
              .map(p -> new TopicPartition(p.topic(), p.partition()))
              .toList();
      consumer.assign(partitions);
      consumer.seekToBeginning(partitions);
      Map<TopicPartition, Long> end = consumer.endOffsets(partitions);
      Map<String, String> records = new java.util.HashMap<>();
      long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
      while (partitions.stream().anyMatch(p -> consumer.position(p) < end.get(p))) {
        if (System.nanoTime() > deadline) {
          throw new AssertionError("could not read the topic to its end in 30 s");
        }
        consumer.poll(Duration.ofMillis(200)).forEach(r -> records.put(r.key(), r.value()));
      }
      return records;
    }
  }

  @Override
  public void close() {
    stack.close();
  }
}
