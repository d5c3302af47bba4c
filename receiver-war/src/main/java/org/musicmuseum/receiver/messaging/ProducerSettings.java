package org.musicmuseum.receiver.messaging;

import java.util.Properties;
import java.util.function.Function;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.musicmuseum.kit.config.PrefixedProperties;

/**
 * Builds the Kafka producer's properties: every configuration key under {@code kafka.producer.}
 * plus the bootstrap servers, with the durability settings the receiver's 201 promise rests on.
 */
public final class ProducerSettings {

  public static final String PREFIX = "kafka.producer.";

  private ProducerSettings() {}

  /**
   * @param names every configuration key
   * @param lookup the value of a key
   * @param bootstrapServers where the brokers are
   */
  public static Properties from(
      Iterable<String> names, Function<String, String> lookup, String bootstrapServers) {
    Properties props = PrefixedProperties.collect(PREFIX, names, lookup);
    props.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
    // A 201 means the event is on every in-sync replica, written once: not configurable.
    props.put(ProducerConfig.ACKS_CONFIG, "all");
    props.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, "true");
    return props;
  }
}
