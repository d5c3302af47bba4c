package org.musicmuseum.audit.config;

import java.nio.file.Path;
import java.time.Duration;
import org.eclipse.microprofile.config.Config;
import org.musicmuseum.kit.kafka.KafkaTarget;

/**
 * Audit's settings from MicroProfile Config: defaults in {@code
 * META-INF/microprofile-config.properties} and {@code liberty-config/kafka.xml}; environment
 * variables override them. Read once, when first injected ({@link AuditConfigProducer}).
 *
 * @param indexFile the append-only file the offset index is persisted to
 * @param lookupTimeout how long a lookup may wait for Kafka before answering 503
 * @param lookupConsumers how many consumers serve lookups concurrently
 * @param retryAfterSeconds what a 503 tells the client to wait before retrying
 * @param maxBackoff longest wait between two attempts of the indexer to reach Kafka or the index
 *     file.
 * @param kafka the brokers and the topic of the music events
 * @param orderMargin how far the broker's clock may be behind this server's, for the order in which
 *     events are numbered ({@code audit.order.margin-ms})
 */
public record AuditConfig(
    Path indexFile,
    Duration lookupTimeout,
    int lookupConsumers,
    int retryAfterSeconds,
    Duration maxBackoff,
    KafkaTarget kafka,
    Duration orderMargin) {

  /** Reads every setting; a missing or malformed one fails with its key. */
  public static AuditConfig from(Config config) {
    return new AuditConfig(
        Path.of(config.getValue("audit.index-file", String.class)),
        Duration.ofMillis(config.getValue("audit.lookup.timeout-ms", Long.class)),
        config.getValue("audit.lookup.consumers", Integer.class),
        config.getValue("audit.retry-after-seconds", Integer.class),
        Duration.ofMillis(config.getValue("audit.retry.max-backoff-ms", Long.class)),
        KafkaTarget.from(config),
        Duration.ofMillis(config.getValue("audit.order.margin-ms", Long.class)));
  }
}
