package org.musicmuseum.audit.messaging;

import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.apache.kafka.clients.consumer.Consumer;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.OffsetOutOfRangeException;
import org.apache.kafka.common.KafkaException;
import org.apache.kafka.common.TopicPartition;
import org.musicmuseum.audit.index.LogPosition;

/**
 * Reads the one record at a log position: a seek and a poll on a pooled consumer, within a
 * deadline, whatever the position.
 */
public final class RecordFetcher {

  private static final Logger LOG = Logger.getLogger(RecordFetcher.class.getName());

  /** What a fetch found. */
  public sealed interface Fetched {}

  /** The record, as read from the log. */
  public record Found(ConsumerRecord<byte[], byte[]> record) implements Fetched {}

  /** The log no longer holds that offset (retention or compaction removed it). */
  public record Gone() implements Fetched {}

  /** Kafka did not answer in time, or failed. */
  public record Unavailable(String reason) implements Fetched {}

  private final ConsumerPool pool;
  private final String topic;
  private final Duration timeout;

  public RecordFetcher(ConsumerPool pool, String topic, Duration timeout) {
    this.pool = pool;
    this.topic = topic;
    this.timeout = timeout;
  }

  public Fetched fetch(LogPosition position) {
    long deadline = System.nanoTime() + timeout.toNanos();
    Optional<Consumer<byte[], byte[]>> borrowed;
    try {
      borrowed = pool.borrow(timeout);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return new Unavailable("interrupted");
    }
    if (borrowed.isEmpty()) {
      return new Unavailable("every lookup consumer is busy");
    }
    Consumer<byte[], byte[]> consumer = borrowed.get();
    try {
      Fetched fetched = read(consumer, position, deadline);
      pool.giveBack(consumer);
      return fetched;
    } catch (OffsetOutOfRangeException e) {
      pool.giveBack(consumer);
      return new Gone();
    } catch (KafkaException e) {
      LOG.log(Level.WARNING, "Lookup of " + position + " failed", e);
      pool.replace(consumer);
      return new Unavailable(e.getClass().getSimpleName() + ": " + e.getMessage());
    } catch (RuntimeException e) {
      pool.replace(consumer);
      throw e;
    }
  }

  private Fetched read(Consumer<byte[], byte[]> consumer, LogPosition position, long deadline) {
    TopicPartition tp = new TopicPartition(topic, position.partition());
    consumer.assign(List.of(tp));
    consumer.seek(tp, position.offset());
    long remaining = deadline - System.nanoTime();
    while (remaining > 0) {
      List<ConsumerRecord<byte[], byte[]>> records =
          consumer.poll(Duration.ofNanos(remaining)).records(tp);
      if (!records.isEmpty()) {
        ConsumerRecord<byte[], byte[]> first = records.get(0);
        return first.offset() == position.offset() ? new Found(first) : new Gone();
      }
      remaining = deadline - System.nanoTime();
    }
    return new Unavailable("Kafka did not answer within " + timeout.toMillis() + " ms");
  }
}
