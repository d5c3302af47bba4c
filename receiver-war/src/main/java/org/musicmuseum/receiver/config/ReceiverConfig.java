package org.musicmuseum.receiver.config;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** The receiver's limits, from MicroProfile Config (env vars and server.xml variables override). */
@ApplicationScoped
public class ReceiverConfig {

  @Inject
  @ConfigProperty(name = "receiver.max-body-bytes", defaultValue = "65536")
  int maxBodyBytes;

  @Inject
  @ConfigProperty(name = "receiver.max-batch-bytes", defaultValue = "4194304")
  int maxBatchBytes;

  @Inject
  @ConfigProperty(name = "receiver.max-batch-records", defaultValue = "1000")
  int maxBatchRecords;

  @Inject
  @ConfigProperty(name = "receiver.retry-after-seconds", defaultValue = "5")
  int retryAfterSeconds;

  @Inject
  @ConfigProperty(name = "receiver.noop-endpoint", defaultValue = "false")
  boolean noopEndpoint;

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
}
