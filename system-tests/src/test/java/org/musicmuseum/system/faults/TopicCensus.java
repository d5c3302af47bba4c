package org.musicmuseum.system.faults;

import jakarta.validation.Validation;
import jakarta.validation.ValidatorFactory;
import java.util.Map;
import java.util.TreeMap;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.musicmuseum.events.EventEnvelope;
import org.musicmuseum.events.EventParser;
import org.musicmuseum.events.MusicEvent;
import org.musicmuseum.events.ParseResult;
import org.musicmuseum.stack.LocalStack;
import org.musicmuseum.testkit.TopicContents;

/**
 * Counts the valid events of each type in the stack's whole log of music events, read straight from
 * Kafka and judged by the same parser as audit's, so it says what audit's index must hold.
 */
public final class TopicCensus {

  private TopicCensus() {}

  /** Valid events per envelope {@code type} (new_album, new_single_song), up to the current end. */
  public static Map<String, Long> validByType(LocalStack stack) {
    Map<String, Long> counts = new TreeMap<>();
    try (ValidatorFactory validators = Validation.buildDefaultValidatorFactory()) {
      EventParser parser = new EventParser(validators.getValidator());
      for (ConsumerRecord<byte[], byte[]> record :
          TopicContents.all(stack.kafkaBootstrap(), stack.topic())) {
        ParseResult<EventEnvelope<MusicEvent>> parsed =
            parser.parseEnvelope(record.value() == null ? new byte[0] : record.value());
        if (parsed instanceof ParseResult.Valid<EventEnvelope<MusicEvent>> valid) {
          counts.merge(valid.value().type(), 1L, Long::sum);
        }
      }
    }
    return counts;
  }
}
