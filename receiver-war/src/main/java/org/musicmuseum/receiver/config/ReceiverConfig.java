package org.musicmuseum.receiver.config;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.musicmuseum.kit.kafka.KafkaTarget;

/**
 * The receiver's settings from MicroProfile Config: defaults in
 * META-INF/microprofile-config.properties and liberty-config/kafka.xml; env vars override them.
 */
@ApplicationScoped
public class ReceiverConfig {

  @Inject
  @ConfigProperty(name = "receiver.max-body-bytes")
  int maxBodyBytes;

  @Inject
  @ConfigProperty(name = "receiver.max-batch-bytes")
  int maxBatchBytes;

  @Inject
  @ConfigProperty(name = "receiver.max-batch-records")
  int maxBatchRecords;

  @Inject
  @ConfigProperty(name = "receiver.retry-after-seconds")
  int retryAfterSeconds;

  @Inject
  @ConfigProperty(name = "receiver.noop-endpoint")
  boolean noopEndpoint;

  @Inject Config config;

  /** Largest body of a single-event POST. */
  public int maxBodyBytes() {
    return maxBodyBytes;
  }

  /** Largest body of a batch POST. */
  public int maxBatchBytes() {
    return maxBatchBytes;
  }

  /** Most records in one batch. */
  public int maxBatchRecords() {
    return maxBatchRecords;
  }

  /** Whether {@code POST /noop/{type}} (validation without Kafka, for benchmarks) answers. */
  public boolean noopEndpoint() {
    return noopEndpoint;
  }

  /** What a 503 tells the client to wait before retrying. */
  public int retryAfterSeconds() {
    return retryAfterSeconds;
  }

  /** The brokers and the topic of the music events. */
  public KafkaTarget kafka() {
    return KafkaTarget.from(config);
  }
}
