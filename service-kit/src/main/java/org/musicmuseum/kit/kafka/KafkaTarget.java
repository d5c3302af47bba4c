package org.musicmuseum.kit.kafka;

import org.eclipse.microprofile.config.Config;
import org.musicmuseum.events.Topics;

/**
 * Where a service finds its events: the brokers ({@code kafka.bootstrap.servers}, env {@code
 * KAFKA_BOOTSTRAP_SERVERS}, default in {@code liberty-config/kafka.xml}) and the topic ({@code
 * kafka.topic}, env {@code KAFKA_TOPIC}, default {@link Topics#MUSIC_EVENTS}, the topic the stack
 * creates). Every service that talks to Kafka reads both here, so each key and default is written
 * once.
 *
 * @param bootstrapServers the brokers, {@code host:port,…}
 * @param topic the topic of the music events
 */
public record KafkaTarget(String bootstrapServers, String topic) {

  public static final String BOOTSTRAP_SERVERS = "kafka.bootstrap.servers";
  public static final String TOPIC = "kafka.topic";

  /**
   * The key naming storage's consumer group (env {@code STORAGE_CONSUMER_GROUP}), default {@link
   * Topics#STORAGE_GROUP}: storage joins it, the health service reports its lag.
   */
  public static final String STORAGE_GROUP = "storage.consumer.group";

  /** Reads both settings; a missing {@code kafka.bootstrap.servers} fails with its name. */
  public static KafkaTarget from(Config config) {
    return new KafkaTarget(
        config.getValue(BOOTSTRAP_SERVERS, String.class),
        config.getOptionalValue(TOPIC, String.class).orElse(Topics.MUSIC_EVENTS));
  }

  /** Storage's consumer group: {@code storage.consumer.group}, or its one default. */
  public static String storageGroup(Config config) {
    return config.getOptionalValue(STORAGE_GROUP, String.class).orElse(Topics.STORAGE_GROUP);
  }
}
