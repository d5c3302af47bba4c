package org.musicmuseum.events;

import java.time.Duration;
import java.util.Map;

/** Kafka topic, consumer-group and event-type names shared by every service and by the tests. */
public final class Topics {

  /**
   * The topic every music event is published to, unless configured otherwise: the services read
   * {@code kafka.topic} (env {@code KAFKA_TOPIC}) with this as its one default, which is also the
   * topic the stack creates and the tests use.
   */
  public static final String MUSIC_EVENTS = "music-events";

  /**
   * The partition count {@link #MUSIC_EVENTS} is created with unless {@link #PARTITIONS_VARIABLE}
   * says otherwise: the one default of the local stack and of deploy/compose.yaml. Storage servers
   * of one group share the partitions, so this many of them can all have work; more stay idle.
   */
  public static final int DEFAULT_PARTITIONS = 6;

  /**
   * The environment variable that overrides {@link #DEFAULT_PARTITIONS} where {@link #MUSIC_EVENTS}
   * is created: read by the local stack (its Kafka) and by deploy/compose.yaml (kafka-init). It
   * counts only when the topic is created; an existing topic keeps its partitions.
   */
  public static final String PARTITIONS_VARIABLE = "TOPIC_PARTITIONS";

  /**
   * Consumer group of the storage service, unless configured otherwise: storage and the health
   * service (its lag exporter) read {@code storage.consumer.group} with this as its one default.
   */
  public static final String STORAGE_GROUP = "storage";

  /**
   * The topic of the live updates the dashboards show (statistics snapshots, statuses), unless
   * configured otherwise: processing and health publish to {@code updates.topic} (env {@code
   * UPDATES_TOPIC}) and the dashboard server reads it, with this as its one default.
   */
  public static final String UPDATES = "museum-updates";

  /**
   * The MicroProfile Reactive Messaging channel of the updates, in every service that has one
   * ({@code mp.messaging.outgoing.updates.*} in processing and health, {@code
   * mp.messaging.incoming.updates.*} in the dashboard).
   */
  public static final String UPDATES_CHANNEL = "updates";

  /** The key of the updates topic's name in MicroProfile Config. */
  public static final String UPDATES_KEY = "updates.topic";

  /**
   * How long the updates topic keeps a message. A dashboard server that starts reads this far back,
   * so that it has the latest of each kind; older updates are of no use to anyone.
   */
  public static final Duration UPDATES_RETENTION = Duration.ofMinutes(10);

  /**
   * The settings the updates topic is created with: kept {@link #UPDATES_RETENTION}, in segments of
   * a minute so that old updates really go (deploy/compose.yaml's kafka-init says the same).
   */
  public static Map<String, String> updatesTopicConfig() {
    return Map.of(
        "cleanup.policy", "delete",
        "retention.ms", Long.toString(UPDATES_RETENTION.toMillis()),
        "segment.ms", "60000");
  }

  /**
   * The settings {@link #MUSIC_EVENTS} is created with: each record is stamped with the broker's
   * append time, which audit numbers the events by, so that every audit replica gives an event the
   * same index (deploy/compose.yaml's kafka-init and the Kubernetes topic say the same).
   */
  public static Map<String, String> musicEventsTopicConfig() {
    return Map.of("message.timestamp.type", "LogAppendTime");
  }

  private Topics() {}
}
