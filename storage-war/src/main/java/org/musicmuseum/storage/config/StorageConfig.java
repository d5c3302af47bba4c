package org.musicmuseum.storage.config;

import org.eclipse.microprofile.config.Config;
import org.musicmuseum.kit.kafka.KafkaTarget;

/**
 * Storage's settings from MicroProfile Config: defaults in {@code
 * META-INF/microprofile-config.properties} and {@code liberty-config/kafka.xml}; environment
 * variables override them. Read once, when first injected ({@link StorageConfigProducer}).
 *
 * @param defaultLimit page size when the client gives none
 * @param maxLimit largest page a client may ask for
 * @param maxBackoffMillis longest wait between two attempts to reach the database or Kafka
 * @param kafka the brokers and the topic of the music events
 */
public record StorageConfig(
    int defaultLimit, int maxLimit, long maxBackoffMillis, KafkaTarget kafka) {

  /** Reads every setting; a missing or malformed one fails with its key. */
  public static StorageConfig from(Config config) {
    return new StorageConfig(
        config.getValue("storage.page.default-limit", Integer.class),
        config.getValue("storage.page.max-limit", Integer.class),
        config.getValue("storage.retry.max-backoff-ms", Long.class),
        KafkaTarget.from(config));
  }
}
