package org.musicmuseum.storage.config;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** Storage settings from MicroProfile Config (env vars and server.xml variables override). */
@ApplicationScoped
public class StorageConfig {

  @Inject
  @ConfigProperty(name = "storage.page.default-limit", defaultValue = "100")
  int defaultLimit;

  @Inject
  @ConfigProperty(name = "storage.page.max-limit", defaultValue = "1000")
  int maxLimit;

  @Inject
  @ConfigProperty(name = "storage.retry.max-backoff-ms", defaultValue = "5000")
  long maxBackoffMillis;

  @Inject
  @ConfigProperty(name = "kafka.bootstrap.servers", defaultValue = "localhost:9092")
  String bootstrapServers;

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

  /** Where the brokers are. */
  public String bootstrapServers() {
    return bootstrapServers;
  }
}
