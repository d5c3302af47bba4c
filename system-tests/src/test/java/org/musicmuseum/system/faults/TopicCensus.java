package org.musicmuseum.system.faults;

import jakarta.validation.Validation;
import jakarta.validation.ValidatorFactory;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.musicmuseum.events.EventEnvelope;
import org.musicmuseum.events.EventParser;
import org.musicmuseum.events.MusicEvent;
import org.musicmuseum.events.ParseResult;
import org.musicmuseum.events.Topics;

/**
 * Counts the valid events of each type in the whole music-events log, read straight from Kafka and
 * judged by the same parser as audit's, so it says what audit's index must hold.
 */
public final class TopicCensus {

  private TopicCensus() {}

  /** Valid events per envelope {@code type} (new_album, new_single_song), up to the current end. */
  public static Map<String, Long> validByType(String bootstrap) {
    Properties props = new Properties();
    props.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap);
    props.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, "false");
    props.put(ConsumerConfig.MAX_POLL_RECORDS_CONFIG, "5000");
    Map<String, Long> counts = new TreeMap<>();
    try (ValidatorFactory validators = Validation.buildDefaultValidatorFactory();
        KafkaConsumer<byte[], byte[]> consumer =
            new KafkaConsumer<>(props, new ByteArrayDeserializer(), new ByteArrayDeserializer())) {
      EventParser parser = new EventParser(validators.getValidator());
      List<TopicPartition> partitions =
          consumer.partitionsFor(Topics.MUSIC_EVENTS).stream()
              .map(p -> new TopicPartition(p.topic(), p.partition()))
              .toList();
      consumer.assign(partitions);
      consumer.seekToBeginning(partitions);
      Map<TopicPartition, Long> ends = consumer.endOffsets(partitions);
      while (partitions.stream().anyMatch(p -> consumer.position(p) < ends.get(p))) {
        for (ConsumerRecord<byte[], byte[]> record : consumer.poll(Duration.ofMillis(500))) {
          if (record.offset() < ends.get(new TopicPartition(record.topic(), record.partition()))) {
            ParseResult<EventEnvelope<MusicEvent>> parsed =
                parser.parseEnvelope(record.value() == null ? new byte[0] : record.value());
            if (parsed instanceof ParseResult.Valid<EventEnvelope<MusicEvent>> valid) {
              counts.merge(valid.value().type(), 1L, Long::sum);
            }
          }
        }
      }
    }
    return counts;
  }
}
