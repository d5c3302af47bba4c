package org.musicmuseum.kit.kafka;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import java.util.function.IntFunction;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;

/**
 * Asks the broker to describe one topic, for a readiness check: answers within about two seconds
 * whatever the broker does. One admin client for the probe's life; close it with the check.
 */
public final class TopicProbe implements AutoCloseable {

  private static final Duration TIMEOUT = Duration.ofMillis(1500);

  /** What the broker said. */
  public sealed interface Answer {
    /** {@code up} of the partition count, or {@code down} of the reason. */
    <T> T either(IntFunction<T> up, Function<String, T> down);
  }

  /** The topic exists with this many partitions. */
  public record Up(int partitions) implements Answer {
    @Override
    public <T> T either(IntFunction<T> up, Function<String, T> down) {
      return up.apply(partitions);
    }
  }

  /** Why the broker did not describe the topic in time. */
  public record Down(String reason) implements Answer {
    @Override
    public <T> T either(IntFunction<T> up, Function<String, T> down) {
      return down.apply(reason);
    }
  }

  private final Admin admin;
  private final String topic;

  /**
   * @param bootstrapServers where the brokers are
   * @param clientId the admin client's name in the broker's logs
   * @param topic the topic to describe
   */
  public TopicProbe(String bootstrapServers, String clientId, String topic) {
    int timeout = (int) TIMEOUT.toMillis();
    this.topic = topic;
    this.admin =
        Admin.create(
            Map.of(
                AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers,
                AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG, timeout,
                AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, timeout,
                AdminClientConfig.RECONNECT_BACKOFF_MAX_MS_CONFIG, 1000,
                AdminClientConfig.CLIENT_ID_CONFIG, clientId));
  }

  /** Describes the topic now. */
  public Answer probe() {
    try {
      return new Up(
          admin
              .describeTopics(List.of(topic))
              .allTopicNames()
              .get(TIMEOUT.toMillis(), TimeUnit.MILLISECONDS)
              .get(topic)
              .partitions()
              .size());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return new Down("interrupted");
    } catch (Exception e) {
      return new Down(LoopState.describe(e));
    }
  }

  @Override
  public void close() {
    admin.close(Duration.ofSeconds(2));
  }
}
