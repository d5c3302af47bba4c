package org.musicmuseum.events;

/** Kafka topic, consumer-group and event-type names shared by every service and by the tests. */
public final class Topics {

  /**
   * The topic every music event is published to, unless configured otherwise: the services read
   * {@code kafka.topic} (env {@code KAFKA_TOPIC}) with this as its one default, which is also the
   * topic the stack creates and the tests use.
   */
  public static final String MUSIC_EVENTS = "music-events";

  /** Default partition count of {@link #MUSIC_EVENTS} when the stack creates it. */
  public static final int DEFAULT_PARTITIONS = 2;

  /**
   * Consumer group of the storage service, unless configured otherwise: storage and the health
   * service (its lag exporter) read {@code storage.consumer.group} with this as its one default.
   */
  public static final String STORAGE_GROUP = "storage";

  private Topics() {}
}
