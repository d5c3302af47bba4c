package org.musicmuseum.storage.domain;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.musicmuseum.events.EventParser;
import org.musicmuseum.events.Violation;

/** Sorts the records of one poll into valid events and quarantined poison. */
public final class RecordClassifier {

  /**
   * One record as read from Kafka.
   *
   * @param topic its topic
   * @param partition its partition
   * @param offset its offset
   * @param key its key, possibly {@code null}
   * @param value its value, possibly {@code null} (a tombstone)
   */
  public record RawRecord(String topic, int partition, long offset, String key, byte[] value) {}

  private final EventParser parser;

  public RecordClassifier(EventParser parser) {
    this.parser = parser;
  }

  /** The batch for these records, in the order given. */
  public StoreBatch classify(List<RawRecord> records) {
    List<StoredEvent> events = new ArrayList<>();
    List<QuarantinedRecord> quarantined = new ArrayList<>();
    Map<TopicPartitionKey, Long> next = new HashMap<>();
    for (RawRecord r : records) {
      next.merge(new TopicPartitionKey(r.topic(), r.partition()), r.offset() + 1, Math::max);
      byte[] value = r.value() == null ? new byte[0] : r.value();
      parser
          .parseEnvelope(value)
          .fold(
              violations -> quarantined.add(quarantine(r, value, violations)),
              envelope ->
                  events.add(new StoredEvent(envelope, r.topic(), r.partition(), r.offset())));
    }
    return new StoreBatch(events, quarantined, next);
  }

  private static QuarantinedRecord quarantine(RawRecord r, byte[] value, List<Violation> why) {
    String reason =
        why.stream()
            .map(v -> v.field().isEmpty() ? v.message() : v.field() + " " + v.message())
            .collect(Collectors.joining("; "));
    return new QuarantinedRecord(
        r.topic(), r.partition(), r.offset(), r.key(), value, value.length, reason);
  }
}
