package org.musicmuseum.audit.messaging;

import java.util.ArrayList;
import java.util.List;
import java.util.logging.Logger;
import java.util.stream.Collectors;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.musicmuseum.audit.index.IndexEntry;
import org.musicmuseum.events.EventEnvelope;
import org.musicmuseum.events.EventParser;
import org.musicmuseum.events.MusicEvent;
import org.musicmuseum.events.ParseResult;

/**
 * Turns the records of one poll into index entries, in the order given. Only valid envelopes count;
 * anything else (not JSON, wrong schema, empty value) is skipped and logged.
 */
public final class EntryExtractor {

  private static final Logger LOG = Logger.getLogger(EntryExtractor.class.getName());
  private static final int MAX_REASON = 500;

  /**
   * What one poll gave.
   *
   * @param entries the valid events, in the order read
   * @param skipped how many records were not valid events
   */
  public record Extracted(List<IndexEntry> entries, int skipped) {
    public Extracted {
      entries = List.copyOf(entries);
    }
  }

  private final EventParser parser;

  public EntryExtractor(EventParser parser) {
    this.parser = parser;
  }

  public Extracted extract(Iterable<ConsumerRecord<byte[], byte[]>> records) {
    List<IndexEntry> entries = new ArrayList<>();
    int skipped = 0;
    for (ConsumerRecord<byte[], byte[]> r : records) {
      byte[] value = r.value() == null ? new byte[0] : r.value();
      ParseResult<EventEnvelope<MusicEvent>> parsed = parser.parseEnvelope(value);
      if (parsed instanceof ParseResult.Valid<EventEnvelope<MusicEvent>> valid) {
        entries.add(IndexEntry.of(valid.value().payload().type(), r.partition(), r.offset()));
      } else {
        skipped++;
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
    return new Extracted(entries, skipped);
  }
}
