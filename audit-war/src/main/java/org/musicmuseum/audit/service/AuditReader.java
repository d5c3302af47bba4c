package org.musicmuseum.audit.service;

import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.time.Instant;
import java.util.Optional;
import java.util.function.BooleanSupplier;
import java.util.function.Function;
import java.util.function.Supplier;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.musicmuseum.audit.domain.AuditRecord;
import org.musicmuseum.audit.domain.Counts;
import org.musicmuseum.audit.index.LogPosition;
import org.musicmuseum.audit.index.OffsetIndex;
import org.musicmuseum.audit.messaging.RecordFetcher;
import org.musicmuseum.audit.messaging.RecordFetcher.Fetched;
import org.musicmuseum.events.EventParser;
import org.musicmuseum.events.EventType;
import org.musicmuseum.events.ParseResult;

/** Answers "the N-th event of this type": one index lookup, then one read of the log. */
public final class AuditReader {

  /** The answer to a lookup. */
  public sealed interface Answer {}

  /** The event. */
  public record Event(AuditRecord record) implements Answer {}

  /** The index has fewer events of that type and has caught up with the log. */
  public record PastEnd(int count) implements Answer {}

  /** The index has fewer events of that type but is still reading the log. */
  public record CatchingUp(int count) implements Answer {}

  /** The log no longer holds the event (retention), or holds another record there. */
  public record Gone(LogPosition position) implements Answer {}

  /** Kafka did not answer in time. */
  public record Unavailable(String reason) implements Answer {}

  private final Supplier<OffsetIndex> index;
  private final BooleanSupplier caughtUp;
  private final Function<LogPosition, Fetched> fetcher;

  public AuditReader(
      Supplier<OffsetIndex> index,
      BooleanSupplier caughtUp,
      Function<LogPosition, Fetched> fetcher) {
    this.index = index;
    this.caughtUp = caughtUp;
    this.fetcher = fetcher;
  }

  /** The {@code n}-th (0-based) event of {@code type} in the log. */
  public Answer read(EventType type, long n) {
    boolean complete = caughtUp.getAsBoolean();
    OffsetIndex current = index.get();
    Optional<LogPosition> position = current.find(type, n);
    if (position.isEmpty()) {
      int count = current.count(type);
      return complete ? new PastEnd(count) : new CatchingUp(count);
    }
    Fetched fetched = fetcher.apply(position.get());
    if (fetched instanceof RecordFetcher.Found found) {
      return eventOf(type, found.record()).<Answer>map(Event::new).orElse(new Gone(position.get()));
    }
    if (fetched instanceof RecordFetcher.Unavailable unavailable) {
      return new Unavailable(unavailable.reason());
    }
    return new Gone(position.get());
  }

  /** How many events of each type are indexed. */
  public Counts counts() {
    boolean complete = caughtUp.getAsBoolean();
    OffsetIndex current = index.get();
    return new Counts(
        current.count(EventType.NEW_ALBUM), current.count(EventType.NEW_SINGLE_SONG), complete);
  }

  private static Optional<AuditRecord> eventOf(
      EventType type, ConsumerRecord<byte[], byte[]> record) {
    byte[] value = record.value() == null ? new byte[0] : record.value();
    if (!(EventParser.readJson(value) instanceof ParseResult.Valid<JsonValue> json)
        || !(json.value() instanceof JsonObject envelope)
        || !(envelope.get("type") instanceof JsonString name)
        || !name.getString().equals(type.wireName())) {
      return Optional.empty();
    }
    String timestamp = Instant.ofEpochMilli(record.timestamp()).toString();
    return Optional.of(new AuditRecord(envelope, record.partition(), record.offset(), timestamp));
  }
}
