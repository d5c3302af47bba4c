package org.musicmuseum.storage.messaging;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.kafka.clients.consumer.Consumer;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.TopicPartition;
import org.musicmuseum.kit.kafka.PollLoop;
import org.musicmuseum.kit.trace.ConsumerSpans;
import org.musicmuseum.storage.domain.RecordClassifier;
import org.musicmuseum.storage.domain.RecordClassifier.RawRecord;
import org.musicmuseum.storage.domain.StoreBatch;

/**
 * Storage's work in the kit's {@link PollLoop}: poll, store in one transaction, then commit the
 * offsets, so a record is committed only after it is in the database. When a store fails the loop
 * closes the consumer without committing and a fresh one resumes from the last committed offsets,
 * so nothing is skipped.
 *
 * @param topic the topic of the music events
 * @param classifier sorts a poll into events to store and records to quarantine
 * @param store stores one batch in one transaction
 * @param beforeConsuming runs before each new consumer (the schema migration)
 * @param status what the loop last did and the partitions it owns, for readiness
 * @param spans a span per record, from the poll until its batch is in the database
 */
public record ConsumerLoop(
    String topic,
    RecordClassifier classifier,
    BatchStore store,
    Runnable beforeConsuming,
    ConsumerStatus status,
    ConsumerSpans spans)
    implements PollLoop.Work<String, byte[]> {

  /** Stores one batch or throws. */
  public interface BatchStore {
    void store(StoreBatch batch) throws Exception;
  }

  @Override
  public void prepare() {
    beforeConsuming.run();
  }

  @Override
  public void start(Consumer<String, byte[]> consumer) {
    consumer.subscribe(List.of(topic), status.rebalanceLog());
  }

  @Override
  public boolean handle(Consumer<String, byte[]> consumer, ConsumerRecords<String, byte[]> records)
      throws Exception {
    status.polled();
    if (!records.isEmpty()) {
      StoreBatch batch = spans.around(records, () -> store(records));
      consumer.commitSync(offsets(batch));
      status.stored(batch.events().size(), batch.quarantined().size());
    }
    return true;
  }

  private StoreBatch store(ConsumerRecords<String, byte[]> records) throws Exception {
    StoreBatch batch = classifier.classify(raw(records));
    store.store(batch);
    return batch;
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
