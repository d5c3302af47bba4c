package org.musicmuseum.dashboard.domain;

import jakarta.json.Json;
import jakarta.json.JsonException;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Optional;
import org.musicmuseum.events.UpdateKind;

/**
 * One message of the updates topic (an {@code UpdateEvent}), as relayed: its kind, when it was sent
 * and its data, the REST answer, as the JSON text it came in.
 */
public record Update(UpdateKind kind, Instant at, String data) {

  /** The message in {@code json}, if it is one: a known kind, a time and an object as data. */
  public static Optional<Update> parse(String json) {
    try (JsonReader reader = Json.createReader(new StringReader(json))) {
      JsonObject message = reader.readObject();
      Optional<UpdateKind> kind = UpdateKind.fromWireName(message.getString("kind", ""));
      JsonValue data = message.get("data");
      String at = message.getString("at", "");
      if (kind.isEmpty() || data == null || data.getValueType() != JsonValue.ValueType.OBJECT) {
        return Optional.empty();
      }
      return Optional.of(new Update(kind.get(), Instant.parse(at), data.toString()));
    } catch (JsonException | ClassCastException | DateTimeParseException e) {
      return Optional.empty();
    }
  }
}
