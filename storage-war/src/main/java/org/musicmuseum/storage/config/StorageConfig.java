package org.musicmuseum.storage.config;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.musicmuseum.kit.kafka.KafkaTarget;

/**
 * Storage settings from MicroProfile Config: defaults in META-INF/microprofile-config.properties
 * and liberty-config/kafka.xml; env vars override them.
 */
@ApplicationScoped
public class StorageConfig {

  @Inject
  @ConfigProperty(name = "storage.page.default-limit")
  int defaultLimit;

  @Inject
  @ConfigProperty(name = "storage.page.max-limit")
  int maxLimit;

  @Inject
  @ConfigProperty(name = "storage.retry.max-backoff-ms")
  long maxBackoffMillis;

  @Inject Config config;

  /** Page size when the client gives none. */
  public int defaultLimit() {
    return defaultLimit;
  }

  /** Largest page a client may ask for. */
  public int maxLimit() {
    return maxLimit;
  }

  /** Longest wait between two attempts to reach the database or Kafka. */
  public long maxBackoffMillis() {
    return maxBackoffMillis;
  }

  /** The brokers and the topic of the music events. */
  public KafkaTarget kafka() {
    return KafkaTarget.from(config);
  }
}
