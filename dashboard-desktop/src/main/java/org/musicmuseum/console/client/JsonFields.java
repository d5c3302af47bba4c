package org.musicmuseum.console.client;

import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Optional;

/** Typed reads of a JSON object's fields; a missing or mistyped field is a {@link Malformed}. */
final class JsonFields {

  /** A field is missing or has the wrong type. */
  static final class Malformed extends Exception {
    private static final long serialVersionUID = 1L;

    Malformed(String message) {
      super(message);
    }
  }

  private JsonFields() {}

  static JsonObject object(JsonValue value, String what) throws Malformed {
    if (value instanceof JsonObject object) {
      return object;
    }
    throw new Malformed(what + " is not a JSON object");
  }

  static long whole(JsonObject object, String name) throws Malformed {
    JsonNumber number = number(object, name);
    if (!number.isIntegral()) {
      throw new Malformed("'" + name + "' is not a whole number");
    }
    return number.longValueExact();
  }

  static double decimal(JsonObject object, String name) throws Malformed {
    return number(object, name).doubleValue();
  }

  static String text(JsonObject object, String name) throws Malformed {
    if (object.get(name) instanceof JsonString string) {
      return string.getString();
    }
    throw new Malformed("'" + name + "' is missing or not a string");
  }

  static Optional<String> optionalText(JsonObject object, String name) throws Malformed {
    return present(object, name) ? Optional.of(text(object, name)) : Optional.empty();
  }

  static Optional<Instant> optionalInstant(JsonObject object, String name) throws Malformed {
    Optional<String> text = optionalText(object, name);
    try {
      return text.map(Instant::parse);
    } catch (DateTimeParseException e) {
      throw new Malformed("'" + name + "' is not an ISO-8601 instant");
    }
  }

  static Optional<Long> optionalWhole(JsonObject object, String name) throws Malformed {
    return present(object, name) ? Optional.of(whole(object, name)) : Optional.empty();
  }

  static Optional<Double> optionalDecimal(JsonObject object, String name) throws Malformed {
    return present(object, name) ? Optional.of(decimal(object, name)) : Optional.empty();
  }

  /** A nested object; absent or null reads as an empty one. */
  static JsonObject section(JsonObject object, String name) throws Malformed {
    return present(object, name)
        ? object(object.get(name), "'" + name + "'")
        : JsonValue.EMPTY_JSON_OBJECT;
  }

  static boolean bool(JsonObject object, String name) throws Malformed {
    JsonValue value = object.get(name);
    if (value == JsonValue.TRUE || value == JsonValue.FALSE) {
      return value == JsonValue.TRUE;
    }
    throw new Malformed("'" + name + "' is missing or not true/false");
  }

  private static boolean present(JsonObject object, String name) {
    JsonValue value = object.get(name);
    return value != null && value != JsonValue.NULL;
  }

  private static JsonNumber number(JsonObject object, String name) throws Malformed {
    if (object.get(name) instanceof JsonNumber number) {
      return number;
    }
    throw new Malformed("'" + name + "' is missing or not a number");
  }
}
