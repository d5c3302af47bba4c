package org.musicmuseum.loadtest.bench;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.ExecutionException;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.TopicPartition;
import org.musicmuseum.events.Topics;
import org.musicmuseum.stack.LocalStack;
import org.musicmuseum.stack.kafka.TopicOffsets;

/** The stack under test, and what the benchmark reads of it: Kafka offsets and DB rows. */
final class BenchStack implements AutoCloseable {

  static final String HOST = "127.0.0.1";
  static final List<String> SERVICES =
      List.of("receiver", "storage", "processing", "health", "audit", "dashboard");

  private final LocalStack stack;
  private final Duration readyIn;
  private final HttpClient http =
      HttpClient.newBuilder()
          .version(HttpClient.Version.HTTP_1_1)
          .connectTimeout(Duration.ofSeconds(2))
          .build();
  private final Admin admin;

  private BenchStack(LocalStack stack, Duration readyIn) {
    this.stack = stack;
    this.readyIn = readyIn;
    Properties props = new Properties();
    props.put(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, stack.kafkaBootstrap());
    this.admin = Admin.create(props);
  }

  /** Starts Kafka, the DB and every service, the receiver with its no-op endpoint on. */
  static BenchStack start(Path root, Path workDir) {
    long start = System.nanoTime();
    LocalStack stack =
        LocalStack.builder()
            .root(root)
            .workDir(workDir)
            .services(SERVICES.toArray(String[]::new))
            .envOf("receiver", "RECEIVER_NOOP_ENDPOINT", "true")
            .start();
    return new BenchStack(stack, Duration.ofNanos(System.nanoTime() - start));
  }

  /**
   * Starts Kafka with a topic of {@code partitions}, the DB and {@code replicas} storage servers,
   * then stops the storage servers, so that a backlog can be put on the topic before they drain it.
   */
  static BenchStack startStorageOnly(Path root, Path workDir, int replicas, int partitions) {
    long start = System.nanoTime();
    LocalStack stack =
        LocalStack.builder()
            .root(root)
            .workDir(workDir)
            .services("storage")
            .replicas("storage", replicas)
            .partitions(partitions)
            .start();
    stack.services().forEach(spec -> stack.stopService(spec.name()));
    return new BenchStack(stack, Duration.ofNanos(System.nanoTime() - start));
  }

  /** Members of storage's consumer group that own at least one partition now. */
  int storageMembersWithPartitions() throws ExecutionException, InterruptedException {
    return (int)
        admin
            .describeConsumerGroups(List.of(Topics.STORAGE_GROUP))
            .all()
            .get()
            .get(Topics.STORAGE_GROUP)
            .members()
            .stream()
            .filter(m -> !m.assignment().topicPartitions().isEmpty())
            .count();
  }

  LocalStack stack() {
    return stack;
  }

  /** From the first start command to the last service ready. */
  Duration readyIn() {
    return readyIn;
  }

  int port(String service) {
    return stack.port(service);
  }

  String url(String service) {
    return stack.serviceUrl(service);
  }

  /**
   * The body of {@code GET path} on {@code service}'s port (e.g. {@code /processing/stats} or
   * {@code /metrics}); anything but a 200 throws.
   */
  String get(String service, String path, Duration timeout)
      throws IOException, InterruptedException {
    URI uri = URI.create("http://" + HOST + ":" + port(service) + path);
    HttpResponse<String> response =
        http.send(
            HttpRequest.newBuilder(uri).timeout(timeout).build(),
            HttpResponse.BodyHandlers.ofString());
    if (response.statusCode() != 200) {
      throw new IOException(uri + " answered " + response.statusCode());
    }
    return response.body();
  }

  Admin admin() {
    return admin;
  }

  Connection db() throws SQLException {
    return DriverManager.getConnection(stack.jdbcUrl(), stack.dbUser(), stack.dbPassword());
  }

  /** Albums plus singles in the DB. */
  long storedEvents() throws SQLException {
    try (Connection c = db();
        Statement s = c.createStatement();
        ResultSet r =
            s.executeQuery(
                "SELECT (SELECT COUNT(*) FROM albums) + (SELECT COUNT(*) FROM single_songs)")) {
      r.next();
      return r.getLong(1);
    }
  }

  /** Records on the topic (the sum of its partitions' end offsets). */
  long topicEnd() throws ExecutionException, InterruptedException {
    return TopicOffsets.endSum(admin, Topics.MUSIC_EVENTS);
  }

  /** What storage has committed: every record before it is in the DB. */
  long storageCommitted() throws ExecutionException, InterruptedException {
    Map<TopicPartition, OffsetAndMetadata> committed =
        admin.listConsumerGroupOffsets(Topics.STORAGE_GROUP).partitionsToOffsetAndMetadata().get();
    return committed.entrySet().stream()
        .filter(e -> e.getKey().topic().equals(Topics.MUSIC_EVENTS) && e.getValue() != null)
        .mapToLong(e -> e.getValue().offset())
        .sum();
  }

  @Override
  public void close() {
    try {
      admin.close(Duration.ofSeconds(5));
    } finally {
      stack.close();
    }
  }
}
