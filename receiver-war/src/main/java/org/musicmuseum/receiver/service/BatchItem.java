package org.musicmuseum.receiver.service;

import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.musicmuseum.events.EventType;
import org.musicmuseum.events.ParseResult;
import org.musicmuseum.events.TraceIds;
import org.musicmuseum.events.Violation;

/**
 * One record of a batch: {@code {"type": "new_album", "payload": {...}, "idempotency_key": "..."}}
 * with the key optional.
 */
record BatchItem(EventType type, JsonValue payload, Optional<String> idempotencyKey) {

  private static final Set<String> FIELDS = Set.of("type", "payload", "idempotency_key");

  /** The item, or the violations that make it unusable. */
  static ParseResult<BatchItem> parse(JsonValue value) {
    if (!(value instanceof JsonObject item)) {
      return ParseResult.invalid("", "a batch record must be a JSON object");
    }
    List<Violation> violations = new ArrayList<>();
    for (String key : item.keySet()) {
      if (!FIELDS.contains(key)) {
        violations.add(new Violation(key, "is not a known field"));
      }
    }
    Optional<EventType> type = Optional.empty();
    if (item.get("type") instanceof JsonString name) {
      type = EventType.fromWireName(name.getString());
      if (type.isEmpty()) {
        violations.add(new Violation("type", "must be new_album or new_single_song"));
      }
    } else {
      violations.add(new Violation("type", "is required: new_album or new_single_song"));
    }
    Optional<String> key = Optional.empty();
    JsonValue keyValue = item.get("idempotency_key");
    if (keyValue instanceof JsonString s) {
      key = Optional.of(s.getString());
      TraceIds.checkIdempotencyKey(s.getString())
          .ifPresent(problem -> violations.add(new Violation("idempotency_key", problem)));
    } else if (keyValue != null) {
      violations.add(new Violation("idempotency_key", "must be a string"));
    }
    if (!violations.isEmpty()) {
      return new ParseResult.Invalid<>(violations);
    }
    return new ParseResult.Valid<>(
        new BatchItem(type.orElseThrow(), item.getOrDefault("payload", JsonValue.NULL), key));
  }
}
