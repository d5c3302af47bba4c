package org.musicmuseum.audit.messaging;

import jakarta.json.Json;
import jakarta.json.JsonException;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonString;
import java.io.ByteArrayInputStream;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Optional;

/** Reads the {@code datetime} of an envelope: when the receiver accepted the event. */
final class EnvelopeTime {

  private EnvelopeTime() {}

  /** The envelope's datetime; empty when the value is not a JSON object with one. */
  static Optional<Instant> of(byte[] value) {
    if (value == null) {
      return Optional.empty();
    }
    try (JsonReader reader = Json.createReader(new ByteArrayInputStream(value))) {
      JsonObject envelope = reader.readObject();
      return envelope.get("datetime") instanceof JsonString text
          ? Optional.of(Instant.parse(text.getString()))
          : Optional.empty();
    } catch (JsonException | IllegalStateException | DateTimeParseException e) {
      return Optional.empty();
    }
  }
}
