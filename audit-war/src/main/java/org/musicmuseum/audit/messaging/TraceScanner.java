package org.musicmuseum.audit.messaging;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.apache.kafka.clients.consumer.Consumer;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.OffsetAndTimestamp;
import org.apache.kafka.common.KafkaException;
import org.apache.kafka.common.PartitionInfo;
import org.apache.kafka.common.TopicPartition;

/**
 * Finds the record of a trace id that carries its time, without any index: the partition its key
 * hashes to, a seek by timestamp to {@code time - slack}, and a bounded read forward until the
 * record, the end of the partition, a record later than {@code time + slack}, {@code maxRecords}
 * records or the deadline, whichever comes first. Costs no memory per event.
 */
public final class TraceScanner {

  private static final Logger LOG = Logger.getLogger(TraceScanner.class.getName());

  /**
   * How far to search.
   *
   * @param slack how far before and after the id's time a record may be stamped
   * @param maxRecords the most records one search reads
   * @param timeout the longest one search takes
   */
  public record Bounds(Duration slack, long maxRecords, Duration timeout) {}

  private final ConsumerPool pool;
  private final String topic;
  private final Bounds bounds;

  public TraceScanner(ConsumerPool pool, String topic, Bounds bounds) {
    this.pool = pool;
    this.topic = topic;
    this.bounds = bounds;
  }

  /** Searches the log for the record keyed {@code traceId}, made at {@code time}. */
  public TraceScan find(String traceId, Instant time) {
    long deadline = System.nanoTime() + bounds.timeout().toNanos();
    Optional<Consumer<byte[], byte[]>> borrowed;
    try {
      borrowed = pool.borrow(bounds.timeout());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return new TraceScan.Unavailable("interrupted");
    }
    if (borrowed.isEmpty()) {
      return new TraceScan.Unavailable("every trace consumer is busy");
    }
    Consumer<byte[], byte[]> consumer = borrowed.get();
    try {
      TraceScan scan = scan(consumer, traceId, time, deadline);
      pool.giveBack(consumer);
      return scan;
    } catch (KafkaException e) {
      LOG.log(Level.WARNING, "Searching the log for " + traceId + " failed", e);
      pool.replace(consumer);
      return new TraceScan.Unavailable(e.getClass().getSimpleName() + ": " + e.getMessage());
    } catch (RuntimeException e) {
      pool.replace(consumer);
      throw e;
    }
  }

  private TraceScan scan(
      Consumer<byte[], byte[]> consumer, String traceId, Instant time, long deadline) {
    List<PartitionInfo> partitions = consumer.partitionsFor(topic, remaining(deadline));
    if (partitions == null || partitions.isEmpty()) {
      return new TraceScan.Unavailable("the topic " + topic + " has no partitions");
    }
    TopicPartition tp = new TopicPartition(topic, KeyPartitions.of(traceId, partitions.size()));
    long from = time.minus(bounds.slack()).toEpochMilli();
    Map<TopicPartition, OffsetAndTimestamp> start =
        consumer.offsetsForTimes(Map.of(tp, from), remaining(deadline));
    OffsetAndTimestamp first = start.get(tp);
    if (first == null) {
      return new TraceScan.Missing(tp.partition(), 0);
    }
    long end = consumer.endOffsets(List.of(tp), remaining(deadline)).get(tp);
    consumer.assign(List.of(tp));
    consumer.seek(tp, first.offset());
    return readForward(consumer, tp, traceId, time, end, deadline);
  }

  private TraceScan readForward(
      Consumer<byte[], byte[]> consumer,
      TopicPartition tp,
      String traceId,
      Instant time,
      long end,
      long deadline) {
    byte[] key = traceId.getBytes(StandardCharsets.UTF_8);
    long until = time.plus(bounds.slack()).toEpochMilli();
    long scanned = 0;
    while (consumer.position(tp) < end && scanned < bounds.maxRecords()) {
      if (System.nanoTime() - deadline > 0) {
        return new TraceScan.Unavailable(
            "the search took longer than " + bounds.timeout().toMillis() + " ms");
      }
      for (ConsumerRecord<byte[], byte[]> r : consumer.poll(remaining(deadline)).records(tp)) {
        scanned++;
        if (Arrays.equals(key, r.key())) {
          return new TraceScan.Found(
              r.partition(),
              r.offset(),
              Instant.ofEpochMilli(r.timestamp()),
              EnvelopeTime.of(r.value()));
        }
        if (r.timestamp() > until || scanned >= bounds.maxRecords()) {
          return new TraceScan.Missing(tp.partition(), scanned);
        }
      }
    }
    return new TraceScan.Missing(tp.partition(), scanned);
  }

  private static Duration remaining(long deadline) {
    return Duration.ofNanos(Math.max(1_000_000, deadline - System.nanoTime()));
  }
}
