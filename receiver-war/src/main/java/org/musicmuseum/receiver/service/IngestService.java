package org.musicmuseum.receiver.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.validation.ValidatorFactory;
import java.time.Clock;
import java.util.Optional;
import java.util.concurrent.CompletionStage;
import org.musicmuseum.events.EventEnvelope;
import org.musicmuseum.events.EventParser;
import org.musicmuseum.events.EventType;
import org.musicmuseum.events.EventValidators;
import org.musicmuseum.events.MusicEvent;
import org.musicmuseum.events.ParseResult;
import org.musicmuseum.events.TraceIds;
import org.musicmuseum.receiver.messaging.EventPublisher;

/** Turns a client's JSON into a validated event with a trace id, and publishes it. */
@ApplicationScoped
public class IngestService {

  private final EventParser parser;
  private final EventPublisher publisher;
  private final Clock clock;

  @Inject
  public IngestService(ValidatorFactory validators, EventPublisher publisher) {
    this(new EventParser(EventValidators.from(validators)), publisher, Clock.systemUTC());
  }

  /** For tests. */
  public IngestService(EventParser parser, EventPublisher publisher, Clock clock) {
    this.parser = parser;
    this.publisher = publisher;
    this.clock = clock;
  }

  /** For CDI's proxy only. */
  protected IngestService() {
    this(null, null, Clock.systemUTC());
  }

  /**
   * Validates a parsed body; the trace id comes from the Idempotency-Key when there is one. The key
   * must have been checked with {@link TraceIds#checkIdempotencyKey}.
   */
  public ParseResult<MusicEvent> validate(
      EventType type, jakarta.json.JsonValue body, Optional<String> idempotencyKey) {
    String traceId =
        idempotencyKey
            .map(key -> TraceIds.fromIdempotencyKey(type, key))
            .orElseGet(TraceIds::random);
    return parser.parseRequest(type, body, traceId);
  }

  /** Publishes a valid event; completes when Kafka acknowledged it. */
  public CompletionStage<Void> publish(MusicEvent event) {
    return publisher.publish(EventEnvelope.of(event, clock.instant()));
  }
}
