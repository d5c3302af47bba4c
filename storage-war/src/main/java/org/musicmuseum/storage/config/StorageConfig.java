package org.musicmuseum.storage.config;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.time.Duration;
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
 * @param replica this server's name among the storage replicas, in the transaction log ({@code
 *     storage.replica}, env {@code STORAGE_REPLICA}; by default the host name and process id)
 * @param transactionLogRetention how long the transaction log keeps a transaction
 */
public record StorageConfig(
    int defaultLimit,
    int maxLimit,
    long maxBackoffMillis,
    KafkaTarget kafka,
    String replica,
    Duration transactionLogRetention) {

  /** Reads every setting; a missing or malformed one fails with its key. */
  public static StorageConfig from(Config config) {
    return new StorageConfig(
        config.getValue("storage.page.default-limit", Integer.class),
        config.getValue("storage.page.max-limit", Integer.class),
        config.getValue("storage.retry.max-backoff-ms", Long.class),
        KafkaTarget.from(config),
        config
            .getOptionalValue("storage.replica", String.class)
            .filter(name -> !name.isBlank())
            .orElseGet(StorageConfig::processName),
        Duration.ofHours(config.getValue("storage.transaction-log.retention-hours", Long.class)));
  }

  /** The host name and process id, as {@code pid@host}: unique among running replicas. */
  private static String processName() {
    String host;
    try {
      host = InetAddress.getLocalHost().getHostName();
    } catch (UnknownHostException e) {
      host = "localhost";
    }
    return ProcessHandle.current().pid() + "@" + host;
  }
}
