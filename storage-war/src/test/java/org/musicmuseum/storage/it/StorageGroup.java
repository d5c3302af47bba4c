package org.musicmuseum.storage.it;

import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.TopicPartition;
import org.musicmuseum.events.Topics;

/** The storage consumer group on the stack's broker: where it stands and how to rewind it. */
final class StorageGroup {

  private StorageGroup() {}

  private static Admin admin(String bootstrap) {
    return Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap));
  }

  /** Moves the storage group back to the start of the topic (the group must be empty). */
  static void rewind(String bootstrap) {
    try (Admin admin = admin(bootstrap)) {
      Map<TopicPartition, OffsetAndMetadata> start = new HashMap<>();
      for (var partition :
          admin
              .describeTopics(List.of(Topics.MUSIC_EVENTS))
              .allTopicNames()
              .get()
              .get(Topics.MUSIC_EVENTS)
              .partitions()) {
        start.put(
            new TopicPartition(Topics.MUSIC_EVENTS, partition.partition()),
            new OffsetAndMetadata(0));
      }
      await()
          .atMost(Duration.ofSeconds(60))
          .ignoreExceptions()
          .untilAsserted(
              () -> admin.alterConsumerGroupOffsets(Topics.STORAGE_GROUP, start).all().get());
    } catch (Exception e) {
      throw new IllegalStateException("could not rewind the storage group", e);
    }
  }

  /** True when the storage group has committed the end of every partition. */
  static boolean caughtUp(String bootstrap) throws Exception {
    try (Admin admin = admin(bootstrap)) {
      Map<TopicPartition, OffsetAndMetadata> committed =
          admin
              .listConsumerGroupOffsets(Topics.STORAGE_GROUP)
              .partitionsToOffsetAndMetadata()
              .get();
      Map<TopicPartition, OffsetSpec> latest = new HashMap<>();
      committed.keySet().forEach(tp -> latest.put(tp, OffsetSpec.latest()));
      var ends = admin.listOffsets(latest).all().get();
      return !committed.isEmpty()
          && committed.entrySet().stream()
              .allMatch(
                  e ->
                      e.getValue() != null
                          && e.getValue().offset() == ends.get(e.getKey()).offset());
    }
  }
}
