package org.musicmuseum.health.config;

import java.time.Duration;
import org.eclipse.microprofile.config.Config;
import org.musicmuseum.kit.kafka.KafkaTarget;

/**
 * The lag exporter's settings: where Kafka and the topic are ({@link KafkaTarget}), whose lag
 * ({@code storage.consumer.group}, the key storage joins its group by) and how often it is read
 * ({@code health.lag.interval-ms}, env {@code HEALTH_LAG_INTERVAL_MS}).
 *
 * @param kafka the brokers and the topic
 * @param group storage's consumer group
 * @param interval the pause between two reads; also the longest one read may take
 */
public record LagConfig(KafkaTarget kafka, String group, Duration interval) {

  public LagConfig {
    if (interval.isNegative() || interval.isZero()) {
      throw new IllegalArgumentException("health.lag.interval-ms must be positive");
    }
  }

  /** Reads every setting; a missing or malformed one fails with its key. */
  public static LagConfig from(Config config) {
    return new LagConfig(
        KafkaTarget.from(config),
        KafkaTarget.storageGroup(config),
        Duration.ofMillis(config.getValue("health.lag.interval-ms", Long.class)));
  }
}
