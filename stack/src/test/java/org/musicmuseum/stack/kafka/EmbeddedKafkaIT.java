package org.musicmuseum.stack.kafka;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.Test;
import org.musicmuseum.events.Topics;
import org.musicmuseum.stack.Ports;
import org.musicmuseum.stack.TestDirs;
import org.musicmuseum.stack.TopicPartitions;

class EmbeddedKafkaIT {

  @Test
  void aRecordIsProducedConsumedAndSurvivesARestart() throws Exception {
    Path dir = TestDirs.fresh("kafka");
    List<Integer> ports = Ports.free(2);

    try (EmbeddedKafka kafka = EmbeddedKafka.start(dir, ports.get(0), ports.get(1))) {
      assertThat(kafka.bootstrapServers()).isEqualTo("127.0.0.1:" + ports.get(0));
      assertThat(kafka.createTopicIfMissing(Topics.MUSIC_EVENTS, 3)).isEqualTo(3);
      assertThat(kafka.createTopicIfMissing(Topics.MUSIC_EVENTS, 3)).isEqualTo(3);
      assertThat(kafka.createTopicIfMissing(Topics.MUSIC_EVENTS, 5))
          .as("an existing topic keeps its partitions")
          .isEqualTo(3);
      assertThat(TopicPartitions.of(kafka.bootstrapServers())).isEqualTo(3);
      assertThat(KafkaProbe.partitions("127.0.0.1", ports.get(0), Topics.MUSIC_EVENTS)).hasValue(3);
      assertThat(KafkaProbe.partitions("127.0.0.1", ports.get(0), "no-such-topic")).isEmpty();

      RecordMetadata sent =
          produce(kafka.bootstrapServers(), "trace-1", "{\"type\":\"new_album\"}");
      assertThat(sent.offset()).isZero();
      assertThat(consumeAll(kafka.bootstrapServers()))
          .extracting(ConsumerRecord::key)
          .containsExactly("trace-1");
    }
    assertThat(Files.exists(dir.resolve("log/meta.properties"))).isTrue();

    try (EmbeddedKafka again = EmbeddedKafka.start(dir, ports.get(0), ports.get(1))) {
      assertThat(consumeAll(again.bootstrapServers()))
          .extracting(ConsumerRecord::value)
          .containsExactly("{\"type\":\"new_album\"}");
    }
  }

  private static RecordMetadata produce(String bootstrap, String key, String value)
      throws Exception {
    Map<String, Object> config =
        Map.of(
            ProducerConfig.BOOTSTRAP_SERVERS_CONFIG,
            bootstrap,
            ProducerConfig.ACKS_CONFIG,
            "all",
            ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG,
            true);
    try (var producer =
        new KafkaProducer<>(config, new StringSerializer(), new StringSerializer())) {
      return producer
          .send(new ProducerRecord<>(Topics.MUSIC_EVENTS, key, value))
          .get(30, TimeUnit.SECONDS);
    }
  }

  private static List<ConsumerRecord<String, String>> consumeAll(String bootstrap) {
    Map<String, Object> config =
        Map.of(
            ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG,
            bootstrap,
            ConsumerConfig.GROUP_ID_CONFIG,
            "it-" + System.nanoTime(),
            ConsumerConfig.AUTO_OFFSET_RESET_CONFIG,
            "earliest");
    List<ConsumerRecord<String, String>> records = new ArrayList<>();
    try (var consumer =
        new KafkaConsumer<>(config, new StringDeserializer(), new StringDeserializer())) {
      consumer.subscribe(List.of(Topics.MUSIC_EVENTS));
      await()
          .atMost(Duration.ofSeconds(60))
          .until(
              () -> {
                consumer.poll(Duration.ofMillis(200)).forEach(records::add);
                return !records.isEmpty();
              });
    }
    return records;
  }
}
