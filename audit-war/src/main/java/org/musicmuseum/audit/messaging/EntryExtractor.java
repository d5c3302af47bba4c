package org.musicmuseum.audit.messaging;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.logging.Logger;
import java.util.stream.Collectors;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.musicmuseum.audit.index.IndexEntry;
import org.musicmuseum.events.EventEnvelope;
import org.musicmuseum.events.EventParser;
import org.musicmuseum.events.MusicEvent;
import org.musicmuseum.events.ParseResult;

/**
 * Reads the records of one poll, in the order given: each with its partition, offset and timestamp,
 * and its index entry when it is a valid envelope. Anything else (not JSON, wrong schema, empty
 * value) has no entry and is logged; it still counts for the order ({@link LogOrder}).
 */
public final class EntryExtractor {

  private static final Logger LOG = Logger.getLogger(EntryExtractor.class.getName());
  private static final int MAX_REASON = 500;

  /**
   * One record read.
   *
   * @param partition its partition
   * @param offset its offset
   * @param timestamp its timestamp (the broker's append time on the music-events topic)
   * @param entry its index entry; empty when it is not a valid event
   */
  public record Read(int partition, long offset, long timestamp, Optional<IndexEntry> entry) {}

  /**
   * What one poll gave.
   *
   * @param reads every record, in the order read
   */
  public record Extracted(List<Read> reads) {
    public Extracted {
      reads = List.copyOf(reads);
    }

    /** The valid events, in the order read. */
    public List<IndexEntry> entries() {
      return reads.stream().flatMap(r -> r.entry().stream()).toList();
    }

    /** How many records were not valid events. */
    public int skipped() {
      return (int) reads.stream().filter(r -> r.entry().isEmpty()).count();
    }
  }

  private final EventParser parser;

  public EntryExtractor(EventParser parser) {
    this.parser = parser;
  }

  public Extracted extract(Iterable<ConsumerRecord<byte[], byte[]>> records) {
    List<Read> reads = new ArrayList<>();
    for (ConsumerRecord<byte[], byte[]> r : records) {
      byte[] value = r.value() == null ? new byte[0] : r.value();
      ParseResult<EventEnvelope<MusicEvent>> parsed = parser.parseEnvelope(value);
      if (parsed instanceof ParseResult.Valid<EventEnvelope<MusicEvent>> valid) {
        IndexEntry entry = IndexEntry.of(valid.value().payload().type(), r.partition(), r.offset());
        reads.add(new Read(r.partition(), r.offset(), r.timestamp(), Optional.of(entry)));
      } else {
        reads.add(new Read(r.partition(), r.offset(), r.timestamp(), Optional.empty()));
        String reason =
            ((ParseResult.Invalid<EventEnvelope<MusicEvent>>) parsed)
                .violations().stream()
                    .map(v -> v.field().isEmpty() ? v.message() : v.field() + " " + v.message())
                    .collect(Collectors.joining("; "));
        LOG.info(
            () ->
                "Not indexed: "
                    + r.topic()
                    + "-"
                    + r.partition()
                    + "@"
                    + r.offset()
                    + ": "
                    + (reason.length() > MAX_REASON ? reason.substring(0, MAX_REASON) : reason));
      }
    }
    return new Extracted(reads);
  }
}
