package org.musicmuseum.events;

import jakarta.json.bind.annotation.JsonbPropertyOrder;
import java.time.Instant;
import java.util.Objects;

/**
 * What travels on the topic: {@code {"type": ..., "datetime": ..., "payload": {...}}}.
 *
 * @param type the wire name of the payload's type
 * @param datetime when the receiver accepted the event (UTC)
 * @param payload the event itself
 */
@JsonbPropertyOrder({"type", "datetime", "payload"})
public record EventEnvelope<T extends MusicEvent>(String type, Instant datetime, T payload) {

  public EventEnvelope {
    Objects.requireNonNull(datetime, "datetime");
    Objects.requireNonNull(payload, "payload");
    if (!payload.type().wireName().equals(type)) {
      throw new IllegalArgumentException("type " + type + " does not match its payload");
    }
  }

  /** Wraps a payload accepted at the given time. */
  public static <T extends MusicEvent> EventEnvelope<T> of(T payload, Instant datetime) {
    return new EventEnvelope<>(payload.type().wireName(), datetime, payload);
  }
}
