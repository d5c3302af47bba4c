package org.musicmuseum.storage.messaging;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Executor;
import org.apache.kafka.clients.consumer.Consumer;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.musicmuseum.kit.kafka.PollLoop;
import org.musicmuseum.kit.trace.ConsumerSpans;
import org.musicmuseum.storage.domain.RecordClassifier;
import org.musicmuseum.storage.domain.RecordClassifier.RawRecord;
import org.musicmuseum.storage.domain.StoreBatch;

/**
 * Storage's work in the kit's {@link PollLoop}, two polls deep: while the writer stores poll N in
 * one transaction, the loop polls and reads poll N+1; then it waits for N, commits N's offsets and
 * hands N+1 to the writer. So a record is committed only after it is in the database, and one
 * transaction runs at a time. When a store fails the loop closes the consumer without committing
 * and a fresh one resumes from the last committed offsets, so nothing is skipped. A rebalance, a
 * stop or a failed poll first finishes the write in flight ({@link InFlightWrite}).
 */
public final class ConsumerLoop implements PollLoop.Work<String, byte[]> {

  /** Stores one batch or throws. */
  public interface BatchStore {
    void store(StoreBatch batch) throws Exception;
  }

  /**
   * What the loop needs.
   *
   * @param topic the topic of the music events
   * @param classifier sorts a poll into events to store and records to quarantine
   * @param store stores one batch in one transaction
   * @param writer runs the stores, one at a time (a single thread)
   * @param beforeConsuming runs before each new consumer (the schema migration)
   * @param spans a span per record, from the poll until its batch is in the database
   */
  public record Parts(
      String topic,
      RecordClassifier classifier,
      BatchStore store,
      Executor writer,
      Runnable beforeConsuming,
      ConsumerSpans spans) {}

  private final Parts parts;
  private final ConsumerStatus status;
  private final InFlightWrite inFlight;

  /**
   * @param parts what the loop works with
   * @param status what the loop last did and the partitions it owns, for readiness
   */
  public ConsumerLoop(Parts parts, ConsumerStatus status) {
    this.parts = parts;
    this.status = status;
    this.inFlight = new InFlightWrite(parts.writer(), status);
  }

  @Override
  public void prepare() {
    parts.beforeConsuming().run();
  }

  @Override
  public void start(Consumer<String, byte[]> consumer) {
    consumer.subscribe(
        List.of(parts.topic()), inFlight.finishingOnRevoke(consumer, status.rebalanceLog()));
  }

  @Override
  public boolean handle(Consumer<String, byte[]> consumer, ConsumerRecords<String, byte[]> records)
      throws Exception {
    status.polled();
    if (records.isEmpty()) {
      inFlight.finish(consumer);
      return true;
    }
    ConsumerSpans.Opened spans = parts.spans().open(records);
    StoreBatch batch = parts.classifier().classify(raw(records));
    try {
      inFlight.finish(consumer);
    } catch (Exception e) {
      spans.fail(e); // this poll comes again with the fresh consumer
      throw e;
    }
    inFlight.submit(batch, parts.store(), spans);
    return true;
  }

  @Override
  public void beforeClose(Consumer<String, byte[]> consumer) {
    inFlight.finishQuietly(consumer);
  }

  private static List<RawRecord> raw(ConsumerRecords<String, byte[]> records) {
    List<RawRecord> raw = new ArrayList<>(records.count());
    for (ConsumerRecord<String, byte[]> r : records) {
      raw.add(new RawRecord(r.topic(), r.partition(), r.offset(), r.key(), r.value()));
    }
    return raw;
  }
}
