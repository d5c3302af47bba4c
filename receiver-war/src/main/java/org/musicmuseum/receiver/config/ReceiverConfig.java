package org.musicmuseum.receiver.config;

import org.eclipse.microprofile.config.Config;
import org.musicmuseum.kit.kafka.KafkaTarget;

/**
 * The receiver's settings from MicroProfile Config: defaults in {@code
 * META-INF/microprofile-config.properties} and {@code liberty-config/kafka.xml}; environment
 * variables override them. Read once, when first injected ({@link ReceiverConfigProducer}).
 *
 * @param maxBodyBytes largest body of a single-event POST
 * @param maxBatchBytes largest body of a batch POST
 * @param maxBatchRecords most records in one batch
 * @param retryAfterSeconds what a 503 tells the client to wait before retrying
 * @param noopEndpoint whether {@code POST /noop/{type}} (validation without Kafka, for benchmarks)
 *     answers.
 * @param kafka the brokers and the topic of the music events
 */
public record ReceiverConfig(
    int maxBodyBytes,
    int maxBatchBytes,
    int maxBatchRecords,
    int retryAfterSeconds,
    boolean noopEndpoint,
    KafkaTarget kafka) {

  /** Reads every setting; a missing or malformed one fails with its key. */
  public static ReceiverConfig from(Config config) {
    return new ReceiverConfig(
        config.getValue("receiver.max-body-bytes", Integer.class),
        config.getValue("receiver.max-batch-bytes", Integer.class),
        config.getValue("receiver.max-batch-records", Integer.class),
        config.getValue("receiver.retry-after-seconds", Integer.class),
        config.getValue("receiver.noop-endpoint", Boolean.class),
        KafkaTarget.from(config));
  }
}
