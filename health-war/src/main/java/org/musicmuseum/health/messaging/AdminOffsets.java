package org.musicmuseum.health.messaging;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.ListOffsetsOptions;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.common.IsolationLevel;
import org.apache.kafka.common.KafkaException;
import org.apache.kafka.common.KafkaFuture;
import org.apache.kafka.common.TopicPartition;
import org.musicmuseum.health.domain.OffsetSource;

/**
 * The broker's offsets through one Kafka admin client: every answer within {@code timeout}, or a
 * KafkaException. End offsets are read with read_committed isolation, as storage consumes.
 */
public final class AdminOffsets implements OffsetSource, AutoCloseable {

  private final Admin admin;
  private final Duration timeout;

  public AdminOffsets(String bootstrapServers, String clientId, Duration timeout) {
    int millis = (int) timeout.toMillis();
    this.timeout = timeout;
    this.admin =
        Admin.create(
            Map.of(
                AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers,
                AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG, millis,
                AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, millis,
                AdminClientConfig.RECONNECT_BACKOFF_MAX_MS_CONFIG, 1000,
                AdminClientConfig.CLIENT_ID_CONFIG, clientId));
  }

  @Override
  public List<Integer> partitions(String topic) {
    return await(admin.describeTopics(List.of(topic)).allTopicNames())
        .get(topic)
        .partitions()
        .stream()
        .map(p -> p.partition())
        .toList();
  }

  @Override
  public Map<Integer, Long> committed(String group, String topic) {
    return await(admin.listConsumerGroupOffsets(group).partitionsToOffsetAndMetadata())
        .entrySet()
        .stream()
        .filter(e -> e.getKey().topic().equals(topic) && e.getValue() != null)
        .collect(Collectors.toMap(e -> e.getKey().partition(), e -> e.getValue().offset()));
  }

  @Override
  public Map<Integer, Long> earliest(String topic, List<Integer> partitions) {
    return offsets(topic, partitions, OffsetSpec.earliest());
  }

  @Override
  public Map<Integer, Long> latest(String topic, List<Integer> partitions) {
    return offsets(topic, partitions, OffsetSpec.latest());
  }

  private Map<Integer, Long> offsets(String topic, List<Integer> partitions, OffsetSpec spec) {
    Map<TopicPartition, OffsetSpec> request =
        partitions.stream().collect(Collectors.toMap(p -> new TopicPartition(topic, p), p -> spec));
    return await(
            admin.listOffsets(request, new ListOffsetsOptions(IsolationLevel.READ_COMMITTED)).all())
        .entrySet()
        .stream()
        .collect(Collectors.toMap(e -> e.getKey().partition(), e -> e.getValue().offset()));
  }

  private <T> T await(KafkaFuture<T> answer) {
    try {
      return answer.get(timeout.toMillis(), TimeUnit.MILLISECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new KafkaException("interrupted while asking the broker", e);
    } catch (ExecutionException | TimeoutException e) {
      throw new KafkaException(describe(e), e);
    }
  }

  private static String describe(Exception e) {
    Function<Throwable, String> text = t -> t.getClass().getSimpleName() + ": " + t.getMessage();
    return e instanceof ExecutionException && e.getCause() != null
        ? text.apply(e.getCause())
        : text.apply(e);
  }

  @Override
  public void close() {
    admin.close(Duration.ofSeconds(2));
  }
}
