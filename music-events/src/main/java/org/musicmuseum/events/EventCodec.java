package org.musicmuseum.events;

import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import java.nio.charset.StandardCharsets;

/** Writes envelopes as the JSON that travels on the topic (JSON-B with the records' names). */
public final class EventCodec implements AutoCloseable {

  private final Jsonb jsonb = JsonbBuilder.create();

  /** The UTF-8 JSON of an envelope. */
  public byte[] toBytes(EventEnvelope<? extends MusicEvent> envelope) {
    return jsonb.toJson(envelope).getBytes(StandardCharsets.UTF_8);
  }

  /** The JSON text of any value, with the JSON-B names of the event records. */
  public String toJson(Object value) {
    return jsonb.toJson(value);
  }

  @Override
  public void close() {
    try {
      jsonb.close();
    } catch (Exception e) {
      throw new IllegalStateException("could not close JSON-B", e);
    }
  }
}
