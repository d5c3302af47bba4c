package org.musicmuseum.audit.messaging;

import java.util.Properties;
import java.util.function.Function;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.eclipse.microprofile.config.Config;
import org.musicmuseum.kit.config.PrefixedProperties;

/**
 * Builds the Kafka consumers' properties: every configuration key under {@code kafka.consumer.}
 * plus the bootstrap servers. The audit reads partitions it assigns itself: no consumer group, no
 * committed offsets (the index file says where to resume).
 */
public final class ConsumerSettings {

  public static final String PREFIX = "kafka.consumer.";
  private static final String DEFAULT_CLIENT_ID = "audit";

  private final Properties base;
  private final String clientId;

  /**
   * @param names every configuration key
   * @param lookup the value of a key
   * @param bootstrapServers where the brokers are
   */
  public ConsumerSettings(
      Iterable<String> names, Function<String, String> lookup, String bootstrapServers) {
    base = PrefixedProperties.collect(PREFIX, names, lookup);
    base.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
    base.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, "false");
    base.remove(ConsumerConfig.GROUP_ID_CONFIG);
    clientId = base.getProperty(ConsumerConfig.CLIENT_ID_CONFIG, DEFAULT_CLIENT_ID);
  }

  /** The settings from every key of the server's MicroProfile Config. */
  public static ConsumerSettings from(Config config, String bootstrapServers) {
    return new ConsumerSettings(
        config.getPropertyNames(), name -> config.getValue(name, String.class), bootstrapServers);
  }

  /** The indexer's consumer: reads every partition from where the index stopped. */
  public Properties indexer() {
    Properties props = copy();
    props.put(ConsumerConfig.CLIENT_ID_CONFIG, clientId + "-indexer");
    return props;
  }

  /**
   * The {@code n}-th lookup consumer: one record per poll, and an error rather than a silent jump
   * when the offset is no longer in the log.
   */
  public Properties lookup(int n) {
    Properties props = copy();
    props.put(ConsumerConfig.CLIENT_ID_CONFIG, clientId + "-lookup-" + n);
    props.put(ConsumerConfig.MAX_POLL_RECORDS_CONFIG, "1");
    props.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "none");
    return props;
  }

  /**
   * The {@code n}-th trace search consumer: reads forward from a position found by timestamp, a
   * whole batch per poll.
   */
  public Properties traceSearch(int n) {
    Properties props = copy();
    props.put(ConsumerConfig.CLIENT_ID_CONFIG, clientId + "-trace-" + n);
    props.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
    return props;
  }

  private Properties copy() {
    Properties props = new Properties();
    props.putAll(base);
    return props;
  }
}
