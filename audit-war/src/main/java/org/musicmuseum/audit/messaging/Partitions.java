package org.musicmuseum.audit.messaging;

import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.kafka.clients.consumer.Consumer;
import org.apache.kafka.common.TopicPartition;

/** The partitions of the topic and a consumer's place in each. */
final class Partitions {

  private Partitions() {}

  /** Every partition of the topic; fails when the topic does not exist. */
  static List<TopicPartition> of(
      Consumer<byte[], byte[]> consumer, String topic, Duration timeout) {
    List<TopicPartition> partitions =
        consumer.partitionsFor(topic, timeout).stream()
            .map(p -> new TopicPartition(p.topic(), p.partition()))
            .toList();
    if (partitions.isEmpty()) {
      throw new IllegalStateException("topic " + topic + " does not exist");
    }
    return partitions;
  }

  /** The next offset the consumer reads, per partition number. */
  static Map<Integer, Long> positions(
      Consumer<byte[], byte[]> consumer, List<TopicPartition> partitions, Duration timeout) {
    Map<TopicPartition, Long> positions = new HashMap<>();
    for (TopicPartition tp : partitions) {
      positions.put(tp, consumer.position(tp, timeout));
    }
    return byNumber(positions);
  }

  /** Offsets keyed by partition number. */
  static Map<Integer, Long> byNumber(Map<TopicPartition, Long> offsets) {
    Map<Integer, Long> result = new HashMap<>();
    offsets.forEach((tp, offset) -> result.put(tp.partition(), offset));
    return result;
  }
}
