package org.musicmuseum.storage.it;

import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.musicmuseum.events.Topics;
import org.musicmuseum.stack.LocalStack;

/**
 * Storage in its Liberty server against a real broker and DB, with producer, SQL and HTTP helpers.
 */
final class StorageStack implements AutoCloseable {

  private final LocalStack stack;
  private final KafkaProducer<String, byte[]> producer;
  private final HttpClient http =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

  private StorageStack(LocalStack stack) {
    this.stack = stack;
    Properties props = new Properties();
    props.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, stack.kafkaBootstrap());
    props.put(ProducerConfig.ACKS_CONFIG, "all");
    producer = new KafkaProducer<>(props, new StringSerializer(), new ByteArraySerializer());
  }

  static StorageStack start() throws IOException {
    Path root = Path.of(System.getProperty("museum.root"));
    Path work =
        Files.createTempDirectory(
            Files.createDirectories(root.resolve("storage-war/target")), "it-stack-");
    return new StorageStack(
        LocalStack.builder().root(root).workDir(work).services("storage").start());
  }

  LocalStack stack() {
    return stack;
  }

  /** Puts a raw record on the topic and waits for the broker's acknowledgement. */
  void send(int partition, String key, byte[] value) {
    try {
      producer.send(new ProducerRecord<>(Topics.MUSIC_EVENTS, partition, key, value)).get();
    } catch (Exception e) {
      throw new IllegalStateException("could not produce", e);
    }
  }

  /** The single value of a query (e.g. a count). */
  long queryLong(String sql) {
    try (Connection c = connect();
        Statement s = c.createStatement();
        ResultSet rs = s.executeQuery(sql)) {
      rs.next();
      return rs.getLong(1);
    } catch (SQLException e) {
      throw new IllegalStateException(sql, e);
    }
  }

  /** The first column of every row of a query. */
  List<String> queryStrings(String sql) {
    try (Connection c = connect();
        Statement s = c.createStatement();
        ResultSet rs = s.executeQuery(sql)) {
      List<String> values = new ArrayList<>();
      while (rs.next()) {
        values.add(rs.getString(1));
      }
      return values;
    } catch (SQLException e) {
      throw new IllegalStateException(sql, e);
    }
  }

  private Connection connect() throws SQLException {
    return DriverManager.getConnection(stack.jdbcUrl(), stack.dbUser(), stack.dbPassword());
  }

  /** A GET below the storage context root, e.g. {@code /events/new_album?limit=5}. */
  HttpResponse<String> get(String path) {
    return getAbsolute(stack.serviceUrl("storage") + path);
  }

  HttpResponse<String> getAbsolute(String url) {
    try {
      return http.send(
          HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(30)).build(),
          HttpResponse.BodyHandlers.ofString());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  /** Moves the storage group back to the start of the topic (the group must be empty). */
  void rewindStorageGroup() {
    try (Admin admin =
        Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, stack.kafkaBootstrap()))) {
      Map<TopicPartition, OffsetAndMetadata> start = new HashMap<>();
      for (var partition :
          admin
              .describeTopics(List.of(Topics.MUSIC_EVENTS))
              .allTopicNames()
              .get()
              .get(Topics.MUSIC_EVENTS)
              .partitions()) {
        start.put(
            new TopicPartition(Topics.MUSIC_EVENTS, partition.partition()),
            new OffsetAndMetadata(0));
      }
      await()
          .atMost(Duration.ofSeconds(60))
          .ignoreExceptions()
          .untilAsserted(
              () -> admin.alterConsumerGroupOffsets(Topics.STORAGE_GROUP, start).all().get());
    } catch (Exception e) {
      throw new IllegalStateException("could not rewind the storage group", e);
    }
  }

  /** True when the storage group has committed the end of every partition. */
  boolean storageGroupCaughtUp() throws Exception {
    try (Admin admin =
        Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, stack.kafkaBootstrap()))) {
      Map<TopicPartition, OffsetAndMetadata> committed =
          admin
              .listConsumerGroupOffsets(Topics.STORAGE_GROUP)
              .partitionsToOffsetAndMetadata()
              .get();
      Map<TopicPartition, OffsetSpec> latest = new HashMap<>();
      committed.keySet().forEach(tp -> latest.put(tp, OffsetSpec.latest()));
      var ends = admin.listOffsets(latest).all().get();
      return !committed.isEmpty()
          && committed.entrySet().stream()
              .allMatch(
                  e ->
                      e.getValue() != null
                          && e.getValue().offset() == ends.get(e.getKey()).offset());
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
