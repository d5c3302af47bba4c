package org.musicmuseum.audit.messaging;

import java.io.IOException;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.apache.kafka.clients.consumer.Consumer;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.InterruptException;
import org.apache.kafka.common.errors.WakeupException;
import org.musicmuseum.audit.index.IndexStore;
import org.musicmuseum.events.support.Backoff;

/**
 * Keeps the offset index current: loads the index file, assigns every partition of the topic,
 * resumes each after its highest indexed offset (or at its beginning), then polls, appends the
 * valid events to the index and persists them after each poll. On any failure the consumer is
 * closed and a fresh one resumes from the index after a back-off, so nothing is indexed twice. An
 * interrupt (the server stopping) stops the loop.
 */
public class IndexLoop implements Runnable {

  private static final Logger LOG = Logger.getLogger(IndexLoop.class.getName());
  private static final Duration POLL_TIMEOUT = Duration.ofMillis(500);
  private static final Duration KAFKA_TIMEOUT = Duration.ofSeconds(10);
  private static final Duration PARTITION_CHECK = Duration.ofSeconds(30);
  private static final Duration CLOSE_TIMEOUT = Duration.ofSeconds(2);

  private final Supplier<Consumer<byte[], byte[]>> consumers;
  private final String topic;
  private final IndexStore store;
  private final EntryExtractor extractor;
  private final IndexStatus status;
  private final Backoff backoff;
  private final CountDownLatch stop = new CountDownLatch(1);
  private volatile Consumer<byte[], byte[]> current;
  private boolean interrupted;

  public IndexLoop(
      Supplier<Consumer<byte[], byte[]>> consumers,
      String topic,
      IndexStore store,
      EntryExtractor extractor,
      IndexStatus status,
      Backoff backoff) {
    this.consumers = consumers;
    this.topic = topic;
    this.store = store;
    this.extractor = extractor;
    this.status = status;
    this.backoff = backoff;
  }

  @Override
  public void run() {
    status.started();
    try {
      while (stop.getCount() > 0) {
        try {
          store.open();
          index();
        } catch (WakeupException e) {
          LOG.fine("Woken up to stop");
        } catch (Exception e) {
          status.failed(e);
          LOG.log(Level.WARNING, "Indexing failed; resuming from the index after a pause", e);
          waitBeforeRetry();
        }
      }
    } finally {
      status.stopped();
      if (interrupted) {
        Thread.currentThread().interrupt();
      }
    }
  }

  private void index() throws IOException {
    Consumer<byte[], byte[]> consumer = consumers.get();
    try {
      current = consumer;
      if (stop.getCount() == 0) {
        return;
      }
      List<TopicPartition> partitions = Partitions.of(consumer, topic, KAFKA_TIMEOUT);
      consumer.assign(partitions);
      Map<TopicPartition, Long> ends = consumer.endOffsets(partitions, KAFKA_TIMEOUT);
      status.targets(Partitions.byNumber(ends));
      ResumePoints.seek(consumer, partitions, ends, store);
      long nextCheck = System.nanoTime() + PARTITION_CHECK.toNanos();
      while (stop.getCount() > 0) {
        ConsumerRecords<byte[], byte[]> records = consumer.poll(POLL_TIMEOUT);
        EntryExtractor.Extracted extracted = extractor.extract(records);
        store.append(extracted.entries());
        status.polled(
            extracted.skipped(), () -> Partitions.positions(consumer, partitions, KAFKA_TIMEOUT));
        backoff.reset();
        if (System.nanoTime() > nextCheck) {
          nextCheck = System.nanoTime() + PARTITION_CHECK.toNanos();
          if (Partitions.of(consumer, topic, KAFKA_TIMEOUT).size() != partitions.size()) {
            LOG.info("The topic's partitions changed; assigning them again");
            return;
          }
        }
      }
    } catch (InterruptException e) {
      Thread.interrupted();
      interrupted = true;
      stop.countDown();
    } finally {
      current = null;
      consumer.close(CLOSE_TIMEOUT);
    }
  }

  /** Stops the loop; the current poll returns at once. */
  public void stop() {
    stop.countDown();
    Consumer<byte[], byte[]> consumer = current;
    if (consumer != null) {
      consumer.wakeup();
    }
  }

  private void waitBeforeRetry() {
    try {
      stop.await(backoff.next().toMillis(), TimeUnit.MILLISECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      stop.countDown();
    }
  }
}
