package org.musicmuseum.audit.config;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.nio.file.Path;
import java.time.Duration;
import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.musicmuseum.kit.kafka.KafkaTarget;

/**
 * Audit settings from MicroProfile Config: defaults in META-INF/microprofile-config.properties and
 * liberty-config/kafka.xml; env vars override them.
 */
@ApplicationScoped
public class AuditConfig {

  @Inject
  @ConfigProperty(name = "audit.index-file")
  String indexFile;

  @Inject
  @ConfigProperty(name = "audit.lookup.timeout-ms")
  long lookupTimeoutMillis;

  @Inject
  @ConfigProperty(name = "audit.lookup.consumers")
  int lookupConsumers;

  @Inject
  @ConfigProperty(name = "audit.retry-after-seconds")
  int retryAfterSeconds;

  @Inject
  @ConfigProperty(name = "audit.retry.max-backoff-ms")
  long maxBackoffMillis;

  @Inject Config config;

  /** The append-only file the offset index is persisted to. */
  public Path indexFile() {
    return Path.of(indexFile);
  }

  /** How long a lookup may wait for Kafka before answering 503. */
  public Duration lookupTimeout() {
    return Duration.ofMillis(lookupTimeoutMillis);
  }

  /** How many consumers serve lookups concurrently. */
  public int lookupConsumers() {
    return lookupConsumers;
  }

  /** What a 503 tells the client to wait before retrying. */
  public int retryAfterSeconds() {
    return retryAfterSeconds;
  }

  /** Longest wait between two attempts of the indexer to reach Kafka or the index file. */
  public Duration maxBackoff() {
    return Duration.ofMillis(maxBackoffMillis);
  }

  /** The brokers and the topic of the music events. */
  public KafkaTarget kafka() {
    return KafkaTarget.from(config);
  }
}
