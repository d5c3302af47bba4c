package org.musicmuseum.testkit;

import java.time.Duration;
import java.util.Properties;
import java.util.concurrent.ExecutionException;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;

/**
 * Puts records straight on the music-events topic, past the receiver's validation, as a broken
 * producer would: any bytes (or none), any key, on a chosen partition.
 */
public final class RawProducer implements AutoCloseable {

  /** Where a record landed. */
  public record Position(int partition, long offset) {}

  /** Room for a record of 900 kB, the largest poison the tests send. */
  private static final int MAX_REQUEST_BYTES = 1_000_000;

  private final KafkaProducer<String, byte[]> producer;
  private final String topic;

  /** A producer to {@code topic} of the broker at {@code bootstrap}. */
  public RawProducer(String bootstrap, String topic) {
    this.topic = topic;
    Properties props = new Properties();
    props.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap);
    props.put(ProducerConfig.ACKS_CONFIG, "all");
    props.put(ProducerConfig.MAX_REQUEST_SIZE_CONFIG, Integer.toString(MAX_REQUEST_BYTES));
    producer = new KafkaProducer<>(props, new StringSerializer(), new ByteArraySerializer());
  }

  /**
   * Sends and waits for the broker's acknowledgement; {@code key} and {@code value} may be null.
   */
  public Position send(int partition, String key, byte[] value) {
    try {
      RecordMetadata sent = producer.send(new ProducerRecord<>(topic, partition, key, value)).get();
      return new Position(sent.partition(), sent.offset());
    } catch (ExecutionException e) {
      throw new IllegalStateException("could not put a record on the topic", e.getCause());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while producing", e);
    }
  }

  @Override
  public void close() {
    producer.close(Duration.ofSeconds(5));
  }
}
