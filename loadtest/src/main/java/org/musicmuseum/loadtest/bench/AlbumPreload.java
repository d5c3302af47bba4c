package org.musicmuseum.loadtest.bench;

import jakarta.json.bind.JsonbException;
import java.time.Instant;
import java.util.Properties;
import java.util.UUID;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.musicmuseum.events.EventCodec;
import org.musicmuseum.events.EventEnvelope;
import org.musicmuseum.events.NewAlbumEvent;
import org.musicmuseum.events.Topics;

/** Valid album envelopes, exactly as the receiver writes them, straight onto the topic. */
final class AlbumPreload {

  private AlbumPreload() {}

  /** Sends {@code count} albums and waits for every ack; returns records per second. */
  static double send(String bootstrap, long count) throws JsonbException {
    Properties props = new Properties();
    props.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap);
    props.put(ProducerConfig.ACKS_CONFIG, "all");
    props.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, "true");
    props.put(ProducerConfig.LINGER_MS_CONFIG, "20");
    props.put(ProducerConfig.BATCH_SIZE_CONFIG, Integer.toString(256 * 1024));
    long start = System.nanoTime();
    EventCodec codec = new EventCodec();
    try (KafkaProducer<String, byte[]> producer =
        new KafkaProducer<>(props, new StringSerializer(), new ByteArraySerializer())) {
      Instant now = Instant.now();
      for (long i = 0; i < count; i++) {
        String traceId = UUID.randomUUID().toString();
        NewAlbumEvent album =
            new NewAlbumEvent(
                traceId,
                1 + i % 1_000_000,
                "Preloaded " + i,
                "Artist " + i % 400,
                1 + (int) (i % 30));
        producer.send(
            new ProducerRecord<>(
                Topics.MUSIC_EVENTS, traceId, codec.toBytes(EventEnvelope.of(album, now))));
      }
      producer.flush();
    }
    return count / ((System.nanoTime() - start) / 1e9);
  }
}
