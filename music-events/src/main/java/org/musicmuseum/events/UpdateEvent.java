package org.musicmuseum.events;

import jakarta.json.bind.annotation.JsonbPropertyOrder;
import java.time.Instant;

/**
 * A message on the updates topic: {@code {"kind": "stats", "at": "...", "data": {...}}}, where
 * {@code data} is exactly what the REST endpoint of that kind answers, so that a client needs
 * nothing else.
 *
 * @param kind the {@link UpdateKind#wireName()}
 * @param at when the publisher sent it
 * @param data the REST answer
 */
@JsonbPropertyOrder({"kind", "at", "data"})
public record UpdateEvent<T>(String kind, Instant at, T data) {

  public static <T> UpdateEvent<T> of(UpdateKind kind, Instant at, T data) {
    return new UpdateEvent<>(kind.wireName(), at, data);
  }
}
