package org.musicmuseum.testkit;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.ExecutionException;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.musicmuseum.stack.kafka.TopicOffsets;

/** The music events' topic read straight from the broker, without joining a consumer group. */
public final class TopicContents {

  private static final Duration READ_PATIENCE = Duration.ofSeconds(60);

  private TopicContents() {}

  /** How many records the topic holds, over all partitions (the sum of the end offsets). */
  public static long size(String bootstrap, String topic) {
    try {
      return TopicOffsets.endSum(bootstrap, topic);
    } catch (ExecutionException e) {
      throw new IllegalStateException("cannot read the topic's end offsets", e.getCause());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while reading the end offsets", e);
    }
  }

  /** Every record from the beginning up to the end offsets as they are now. */
  public static List<ConsumerRecord<byte[], byte[]>> all(String bootstrap, String topic) {
    Properties props = new Properties();
    props.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap);
    props.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, "false");
    props.put(ConsumerConfig.MAX_POLL_RECORDS_CONFIG, "5000");
    try (KafkaConsumer<byte[], byte[]> consumer =
        new KafkaConsumer<>(props, new ByteArrayDeserializer(), new ByteArrayDeserializer())) {
      List<TopicPartition> partitions =
          consumer.partitionsFor(topic).stream()
              .map(p -> new TopicPartition(p.topic(), p.partition()))
              .toList();
      consumer.assign(partitions);
      consumer.seekToBeginning(partitions);
      return readTo(consumer, consumer.endOffsets(partitions));
    }
  }

  private static List<ConsumerRecord<byte[], byte[]>> readTo(
      KafkaConsumer<byte[], byte[]> consumer, Map<TopicPartition, Long> ends) {
    List<ConsumerRecord<byte[], byte[]>> records = new ArrayList<>();
    long deadline = System.nanoTime() + READ_PATIENCE.toNanos();
    while (ends.keySet().stream().anyMatch(p -> consumer.position(p) < ends.get(p))) {
      if (System.nanoTime() - deadline > 0) {
        throw new AssertionError("could not read the topic to its end in " + READ_PATIENCE);
      }
      for (ConsumerRecord<byte[], byte[]> record : consumer.poll(Duration.ofMillis(200))) {
        if (record.offset() < ends.get(new TopicPartition(record.topic(), record.partition()))) {
          records.add(record);
        }
      }
    }
    return records;
  }
}
