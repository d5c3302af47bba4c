package org.musicmuseum.storage.messaging;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.apache.kafka.clients.consumer.Consumer;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.InterruptException;
import org.apache.kafka.common.errors.WakeupException;
import org.musicmuseum.events.support.Backoff;
import org.musicmuseum.storage.domain.RecordClassifier;
import org.musicmuseum.storage.domain.RecordClassifier.RawRecord;
import org.musicmuseum.storage.domain.StoreBatch;

/**
 * Poll, store in one transaction, then commit the offsets: a record is committed only after it is
 * in the database. On any failure the consumer is closed without committing and a fresh one resumes
 * from the last committed offsets after a back-off, so nothing is skipped.
 */
public class ConsumerLoop implements Runnable {

  private static final Logger LOG = Logger.getLogger(ConsumerLoop.class.getName());
  private static final Duration POLL_TIMEOUT = Duration.ofMillis(500);

  /** Stores one batch or throws. */
  public interface BatchStore {
    void store(StoreBatch batch) throws Exception;
  }

  private final Supplier<Consumer<String, byte[]>> consumers;
  private final String topic;
  private final RecordClassifier classifier;
  private final BatchStore store;
  private final Runnable beforeConsuming;
  private final ConsumerStatus status;
  private final Backoff backoff;
  private final CountDownLatch stop = new CountDownLatch(1);
  private volatile Consumer<String, byte[]> current;

  public ConsumerLoop(
      Supplier<Consumer<String, byte[]>> consumers,
      String topic,
      RecordClassifier classifier,
      BatchStore store,
      Runnable beforeConsuming,
      ConsumerStatus status,
      Backoff backoff) {
    this.consumers = consumers;
    this.topic = topic;
    this.classifier = classifier;
    this.store = store;
    this.beforeConsuming = beforeConsuming;
    this.status = status;
    this.backoff = backoff;
  }

  @Override
  public void run() {
    status.started();
    try {
      while (stop.getCount() > 0) {
        try {
          beforeConsuming.run();
          consume();
        } catch (WakeupException e) {
          LOG.fine("Woken up to stop");
        } catch (Exception e) {
          status.failed(e);
          LOG.log(
              Level.WARNING, "Consumer loop failed; retrying from the last committed offsets", e);
          waitBeforeRetry();
        }
      }
    } finally {
      status.stopped();
    }
  }

  private void consume() throws Exception {
    Consumer<String, byte[]> consumer = consumers.get();
    current = consumer;
    try {
      if (stop.getCount() == 0) {
        return;
      }
      consumer.subscribe(List.of(topic));
      while (stop.getCount() > 0) {
        ConsumerRecords<String, byte[]> records = consumer.poll(POLL_TIMEOUT);
        status.polled();
        if (!records.isEmpty()) {
          StoreBatch batch = classifier.classify(raw(records));
          store.store(batch);
          consumer.commitSync(offsets(batch));
          status.stored(batch.events().size(), batch.quarantined().size());
          backoff.reset();
        }
      }
    } catch (InterruptException e) {
      // The server interrupts its managed threads when the application stops.
      LOG.fine("Interrupted: stopping");
      stop.countDown();
    } finally {
      current = null;
      closeLeavingTheGroup(consumer);
    }
  }

  /**
   * Closes the consumer with the thread's interrupt flag cleared (and set again afterwards): an
   * interrupted close cannot tell the broker that it leaves the group, and the partitions then stay
   * with the dead member for a whole session timeout (45 s) before a restarted storage gets them.
   */
  static void closeLeavingTheGroup(Consumer<?, ?> consumer) {
    boolean interrupted = Thread.interrupted();
    try {
      consumer.close();
    } finally {
      if (interrupted) {
        Thread.currentThread().interrupt();
      }
    }
  }

  /** Stops the loop; the current poll returns at once. */
  public void stop() {
    stop.countDown();
    Consumer<String, byte[]> consumer = current;
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

  private static List<RawRecord> raw(ConsumerRecords<String, byte[]> records) {
    List<RawRecord> raw = new ArrayList<>(records.count());
    for (ConsumerRecord<String, byte[]> r : records) {
      raw.add(new RawRecord(r.topic(), r.partition(), r.offset(), r.key(), r.value()));
    }
    return raw;
  }

  private static Map<TopicPartition, OffsetAndMetadata> offsets(StoreBatch batch) {
    Map<TopicPartition, OffsetAndMetadata> offsets = new HashMap<>();
    batch
        .nextOffsets()
        .forEach(
            (tp, next) ->
                offsets.put(
                    new TopicPartition(tp.topic(), tp.partition()), new OffsetAndMetadata(next)));
    return offsets;
  }
}
