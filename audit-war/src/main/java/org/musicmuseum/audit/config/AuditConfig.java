package org.musicmuseum.audit.config;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.nio.file.Path;
import java.time.Duration;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** Audit settings from MicroProfile Config (env vars and server.xml variables override). */
@ApplicationScoped
public class AuditConfig {

  @Inject
  @ConfigProperty(name = "audit.index-file")
  String indexFile;

  @Inject
  @ConfigProperty(name = "audit.lookup.timeout-ms", defaultValue = "5000")
  long lookupTimeoutMillis;

  @Inject
  @ConfigProperty(name = "audit.lookup.consumers", defaultValue = "2")
  int lookupConsumers;

  @Inject
  @ConfigProperty(name = "audit.retry-after-seconds", defaultValue = "5")
  int retryAfterSeconds;

  @Inject
  @ConfigProperty(name = "audit.retry.max-backoff-ms", defaultValue = "5000")
  long maxBackoffMillis;

  @Inject
  @ConfigProperty(name = "kafka.bootstrap.servers", defaultValue = "localhost:9092")
  String bootstrapServers;

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

  /** Where the brokers are. */
  public String bootstrapServers() {
    return bootstrapServers;
  }
}
