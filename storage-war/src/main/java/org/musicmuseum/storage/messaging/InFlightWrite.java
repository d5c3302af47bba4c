package org.musicmuseum.storage.messaging;

import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executor;
import java.util.concurrent.FutureTask;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.apache.kafka.clients.consumer.Consumer;
import org.apache.kafka.clients.consumer.ConsumerRebalanceListener;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.KafkaException;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.InterruptException;
import org.musicmuseum.kit.trace.ConsumerSpans;
import org.musicmuseum.storage.domain.StoreBatch;

/**
 * The batch of storage's consumer loop that the writer stores while the loop reads the next poll.
 * Its offsets are committed only once its transaction committed, by the consumer that polled it.
 * Used from the loop's thread only (the rebalance callbacks run inside its polls).
 */
final class InFlightWrite {

  private static final Logger LOG = Logger.getLogger(InFlightWrite.class.getName());

  private record Pending(StoreBatch batch, FutureTask<Void> task) {}

  private final Executor writer;
  private final ConsumerStatus status;
  private Optional<Pending> pending = Optional.empty();

  /**
   * @param writer runs the writes one at a time
   * @param status counts what was stored and committed
   */
  InFlightWrite(Executor writer, ConsumerStatus status) {
    this.writer = writer;
    this.status = status;
  }

  /** Starts storing {@code batch}; the previous write must be finished. */
  void submit(StoreBatch batch, ConsumerLoop.BatchStore store, ConsumerSpans.Opened spans) {
    if (pending.isPresent()) {
      throw new IllegalStateException("a write is still in flight");
    }
    FutureTask<Void> task =
        new FutureTask<>(
            () -> {
              try {
                store.store(batch);
              } catch (Exception | Error e) {
                spans.fail(e);
                throw e;
              }
              spans.end();
              return null;
            });
    pending = Optional.of(new Pending(batch, task));
    writer.execute(task);
  }

  /**
   * Waits for the write in flight, if any, then commits its offsets on {@code consumer}; throws
   * what the write threw, and then commits nothing.
   */
  void finish(Consumer<String, byte[]> consumer) throws Exception {
    if (pending.isEmpty()) {
      return;
    }
    Pending done = pending.get();
    pending = Optional.empty();
    try {
      done.task().get();
    } catch (ExecutionException e) {
      throw e.getCause() instanceof Exception cause ? cause : e;
    }
    consumer.commitSync(offsets(done.batch()));
    status.stored(done.batch().events().size(), done.batch().quarantined().size());
  }

  /**
   * {@link #finish} before the consumer closes: a failure is only logged, since the next consumer
   * resumes from the last committed offsets anyway (and stores a redelivered event once).
   */
  void finishQuietly(Consumer<String, byte[]> consumer) {
    try {
      finish(consumer);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      LOG.fine("Interrupted while the last write was in flight; its records come again");
    } catch (Exception e) {
      LOG.log(Level.INFO, "The last write did not finish; its records come again", e);
    }
  }

  /**
   * The rebalance callbacks: before partitions are given back, the write in flight finishes and its
   * offsets are committed (a failure fails the poll, so the loop starts a fresh consumer); when
   * they were lost, it is dropped uncommitted, since the group has moved on.
   */
  ConsumerRebalanceListener finishingOnRevoke(
      Consumer<String, byte[]> consumer, ConsumerRebalanceListener log) {
    return new ConsumerRebalanceListener() {
      @Override
      public void onPartitionsRevoked(Collection<TopicPartition> partitions) {
        try {
          finish(consumer);
        } catch (InterruptedException e) {
          throw new InterruptException(e);
        } catch (Exception e) {
          throw new KafkaException("the write in flight failed before a rebalance", e);
        } finally {
          log.onPartitionsRevoked(partitions);
        }
      }

      @Override
      public void onPartitionsAssigned(Collection<TopicPartition> partitions) {
        log.onPartitionsAssigned(partitions);
      }

      @Override
      public void onPartitionsLost(Collection<TopicPartition> partitions) {
        pending = Optional.empty();
        log.onPartitionsLost(partitions);
      }
    };
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
