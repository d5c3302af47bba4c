package org.musicmuseum.events;

import jakarta.json.Json;
import jakarta.json.JsonException;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.json.stream.JsonParser;
import jakarta.json.stream.JsonParserFactory;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Optional;
import java.util.Set;

/**
 * Strict reading of music events: from a client's request body and from a record on the topic.
 * Every problem is reported (unknown, missing and mistyped fields, then the Bean Validation
 * constraints of the event records), named by its JSON field.
 */
public final class EventParser {

  private static final JsonParserFactory PARSERS = Json.createParserFactory(Map.of());
  private static final Set<String> ENVELOPE_FIELDS = Set.of("type", "datetime", "payload");

  private final Validator validator;

  public EventParser(Validator validator) {
    this.validator = validator;
  }

  /** Reads one JSON document; duplicate keys are refused. */
  public static ParseResult<JsonValue> readJson(byte[] body) {
    return readJson(body, 0, body.length);
  }

  /**
   * Reads one JSON document from {@code length} bytes of {@code body} at {@code offset}: nothing
   * but white space may follow it, a key may appear once per object, and it nests at most {@link
   * JsonTree#MAX_DEPTH} arrays and objects deep.
   */
  public static ParseResult<JsonValue> readJson(byte[] body, int offset, int length) {
    // Decoded up front: a parser on an InputStream sets up a decoder and an 8 KiB buffer per call.
    String text = new String(body, offset, length, StandardCharsets.UTF_8);
    try (JsonParser parser = PARSERS.createParser(new StringReader(text))) {
      if (!parser.hasNext()) {
        return ParseResult.invalid("", "the body is empty");
      }
      JsonValue value = JsonTree.read(parser);
      if (parser.hasNext()) {
        return ParseResult.invalid("", "the body has more after its JSON value");
      }
      return new ParseResult.Valid<>(value);
    } catch (JsonException | IllegalStateException | NoSuchElementException e) {
      return ParseResult.invalid("", "the body is not valid JSON: " + e.getMessage());
    }
  }

  /** Checks what a client posted for {@code type} and gives it {@code traceId}. */
  public ParseResult<MusicEvent> parseRequest(EventType type, JsonValue body, String traceId) {
    return parsePayload(type, body, "", Optional.of(traceId));
  }

  /** Checks a record value read from the topic. */
  public ParseResult<EventEnvelope<MusicEvent>> parseEnvelope(byte[] value) {
    return readJson(value).flatMap(this::envelopeOf);
  }

  private ParseResult<EventEnvelope<MusicEvent>> envelopeOf(JsonValue document) {
    if (!(document instanceof JsonObject envelope)) {
      return ParseResult.invalid("", "must be a JSON object");
    }
    List<Violation> violations = new ArrayList<>();
    for (String key : envelope.keySet()) {
      if (!ENVELOPE_FIELDS.contains(key)) {
        violations.add(new Violation(key, "is not a known field"));
      }
    }
    Optional<EventType> type =
        stringField(envelope, "type", violations).flatMap(name -> typeNamed(name, violations));
    Optional<Instant> datetime =
        stringField(envelope, "datetime", violations).flatMap(text -> instant(text, violations));
    JsonValue payload = envelope.getOrDefault("payload", JsonValue.NULL);
    if (type.isEmpty()) {
      return new ParseResult.Invalid<>(violations);
    }
    ParseResult<MusicEvent> event = parsePayload(type.get(), payload, "payload.", Optional.empty());
    violations.addAll(event.violations());
    if (!violations.isEmpty() || datetime.isEmpty()) {
      return new ParseResult.Invalid<>(violations);
    }
    return event.map(valid -> EventEnvelope.of(valid, datetime.get()));
  }

  private ParseResult<MusicEvent> parsePayload(
      EventType type, JsonValue body, String prefix, Optional<String> assignedTraceId) {
    String where = prefix.isEmpty() ? "" : prefix.substring(0, prefix.length() - 1);
    if (!(body instanceof JsonObject object)) {
      return ParseResult.invalid(where, "must be a JSON object");
    }
    PayloadSchema schema = PayloadSchema.of(type);
    List<Violation> violations = new ArrayList<>();
    for (String key : object.keySet()) {
      if (key.equals(PayloadSchema.TRACE_ID) && assignedTraceId.isPresent()) {
        violations.add(new Violation(prefix + key, "is assigned by the server; do not send it"));
      } else if (!key.equals(PayloadSchema.TRACE_ID) && !schema.isClientField(key)) {
        violations.add(new Violation(prefix + key, "is not a known field"));
      }
    }
    List<PayloadSchema.Field> fields = new ArrayList<>(schema.clientFields());
    if (assignedTraceId.isEmpty()) {
      fields.add(
          new PayloadSchema.Field(
              PayloadSchema.TRACE_ID,
              "traceId",
              FieldKind.STRING,
              v -> ((JsonString) v).getString()));
    }
    Map<String, Object> values = new HashMap<>();
    for (PayloadSchema.Field field : fields) {
      typedValue(object, field, prefix, violations)
          .ifPresent(value -> values.put(field.json(), value));
    }
    if (violations.isEmpty()) {
      // The usual case: one validation of the whole event (five validateValue calls cost about
      // three times as much; docs/benchmarks.md).
      String traceId = assignedTraceId.orElseGet(() -> (String) values.get(PayloadSchema.TRACE_ID));
      MusicEvent event = schema.build(traceId, values);
      Set<ConstraintViolation<MusicEvent>> refused = validator.validate(event);
      if (refused.isEmpty()) {
        return new ParseResult.Valid<>(event);
      }
      refused.forEach(
          v -> violations.add(new Violation(prefix + jsonName(fields, v), v.getMessage())));
    } else {
      // Something is already wrong: check the constraints of every well-typed field on its own,
      // so that the answer names every violation.
      for (PayloadSchema.Field field : fields) {
        if (values.containsKey(field.json())) {
          validator
              .validateValue(schema.eventClass(), field.java(), values.get(field.json()))
              .forEach(v -> violations.add(new Violation(prefix + field.json(), v.getMessage())));
        }
      }
    }
    violations.sort(Comparator.comparing(Violation::field).thenComparing(Violation::message));
    return new ParseResult.Invalid<>(violations);
  }

  private static String jsonName(List<PayloadSchema.Field> fields, ConstraintViolation<?> v) {
    String property = v.getPropertyPath().toString();
    return fields.stream()
        .filter(f -> f.java().equals(property))
        .map(PayloadSchema.Field::json)
        .findFirst()
        .orElse(property);
  }

  /** The field's Java value when it is present and well-typed (its constraints come later). */
  private static Optional<Object> typedValue(
      JsonObject object, PayloadSchema.Field field, String prefix, List<Violation> violations) {
    String name = prefix + field.json();
    JsonValue value = object.get(field.json());
    if (value == null) {
      violations.add(new Violation(name, "is required"));
      return Optional.empty();
    }
    if (value.getValueType() == JsonValue.ValueType.NULL) {
      violations.add(new Violation(name, "must not be null"));
      return Optional.empty();
    }
    Optional<String> problem = field.kind().check(value);
    if (problem.isPresent()) {
      violations.add(new Violation(name, problem.get()));
      return Optional.empty();
    }
    return Optional.of(field.convert().apply(value));
  }

  private static Optional<String> stringField(
      JsonObject object, String name, List<Violation> violations) {
    JsonValue value = object.get(name);
    if (value instanceof JsonString s) {
      return Optional.of(s.getString());
    }
    violations.add(new Violation(name, value == null ? "is required" : "must be a string"));
    return Optional.empty();
  }

  private static Optional<EventType> typeNamed(String name, List<Violation> violations) {
    Optional<EventType> type = EventType.fromWireName(name);
    if (type.isEmpty()) {
      violations.add(new Violation("type", "is not a known event type: " + name));
    }
    return type;
  }

  private static Optional<Instant> instant(String text, List<Violation> violations) {
    try {
      return Optional.of(Instant.parse(text));
    } catch (DateTimeParseException e) {
      violations.add(new Violation("datetime", "must be an ISO-8601 instant"));
      return Optional.empty();
    }
  }
}
