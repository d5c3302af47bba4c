package org.musicmuseum.audit.messaging;

import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import java.util.logging.Logger;
import org.apache.kafka.clients.consumer.Consumer;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.apache.kafka.common.TopicPartition;
import org.musicmuseum.audit.index.IndexEntry;
import org.musicmuseum.audit.index.IndexStore;
import org.musicmuseum.kit.kafka.PollLoop;

/**
 * The indexer's work in the kit's {@link PollLoop}, keeping the offset index current: loads the
 * index file, assigns every partition of the topic, resumes each after its highest indexed offset
 * (or at its beginning), then hands each poll's records to the {@link LogOrder} and appends the
 * valid events it releases to the index and persists them, so every replica numbers them alike.
 * After a failure the loop starts a fresh consumer that resumes from the index, so nothing is
 * indexed twice; when the topic's partitions change it starts one at once.
 */
public class IndexLoop implements PollLoop.Work<byte[], byte[]> {

  private static final Logger LOG = Logger.getLogger(IndexLoop.class.getName());
  private static final Duration KAFKA_TIMEOUT = Duration.ofSeconds(10);
  private static final Duration PARTITION_CHECK = Duration.ofSeconds(30);

  private final String topic;
  private final IndexStore store;
  private final EntryExtractor extractor;
  private final IndexStatus status;
  private final Duration orderMargin;
  private List<TopicPartition> partitions = List.of();
  private LogOrder order;
  private long nextCheck;

  /**
   * @param orderMargin how far the broker's clock may be behind this server's ({@link LogOrder})
   */
  public IndexLoop(
      String topic,
      IndexStore store,
      EntryExtractor extractor,
      IndexStatus status,
      Duration orderMargin) {
    this.topic = topic;
    this.store = store;
    this.extractor = extractor;
    this.status = status;
    this.orderMargin = orderMargin;
  }

  @Override
  public void prepare() throws IOException {
    store.open();
  }

  @Override
  public void start(Consumer<byte[], byte[]> consumer) throws IOException {
    partitions = Partitions.of(consumer, topic, KAFKA_TIMEOUT);
    order = new LogOrder(partitions.stream().map(TopicPartition::partition).toList(), orderMargin);
    consumer.assign(partitions);
    Map<TopicPartition, Long> ends = consumer.endOffsets(partitions, KAFKA_TIMEOUT);
    status.targets(Partitions.byNumber(ends));
    ResumePoints.seek(consumer, partitions, ends, store);
    nextCheck = System.nanoTime() + PARTITION_CHECK.toNanos();
  }

  /** The records behind the log's end, from the last fetches (no call to the broker). */
  private long lagOf(Consumer<byte[], byte[]> consumer) {
    long total = 0;
    for (TopicPartition partition : partitions) {
      OptionalLong lag = consumer.currentLag(partition);
      if (lag.isEmpty()) {
        return -1;
      }
      total += lag.getAsLong();
    }
    return total;
  }

  @Override
  public boolean handle(Consumer<byte[], byte[]> consumer, ConsumerRecords<byte[], byte[]> records)
      throws IOException {
    EntryExtractor.Extracted extracted = extractor.extract(records);
    extracted.reads().forEach(r -> order.add(r.partition(), r.offset(), r.timestamp(), r.entry()));
    Instant polledAt = Instant.now();
    for (TopicPartition partition : partitions) {
      OptionalLong lag = consumer.currentLag(partition);
      if (lag.isPresent() && lag.getAsLong() == 0) {
        order.readToEnd(partition.partition(), polledAt);
      }
    }
    List<IndexEntry> released = order.release();
    store.append(released);
    status.polled(
        released.size(),
        extracted.skipped(),
        () -> Partitions.positions(consumer, partitions, KAFKA_TIMEOUT));
    status.lag(lagOf(consumer));
    if (System.nanoTime() - nextCheck < 0) {
      return true;
    }
    nextCheck = System.nanoTime() + PARTITION_CHECK.toNanos();
    if (Partitions.of(consumer, topic, KAFKA_TIMEOUT).size() != partitions.size()) {
      LOG.info("The topic's partitions changed; assigning them again");
      return false;
    }
    return true;
  }
}
