package org.musicmuseum.events;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonBuilderFactory;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;
import jakarta.json.stream.JsonParser;
import jakarta.json.stream.JsonParsingException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Builds one JSON value from a parser's events, stricter than JSON-P's own tree builder: a key may
 * appear once per object, and arrays and objects nest at most {@link #MAX_DEPTH} deep (the events
 * nest three deep: a batch array, a record, its payload). JSON-P builds trees recursively, so deep
 * input could exhaust a thread's stack; here it is refused long before.
 */
final class JsonTree {

  /** Deepest nesting accepted. */
  static final int MAX_DEPTH = 32;

  private static final JsonBuilderFactory BUILDERS = Json.createBuilderFactory(Map.of());

  private JsonTree() {}

  /** The value whose first event comes next from {@code parser}. */
  static JsonValue read(JsonParser parser) {
    return value(parser, parser.next(), 1);
  }

  private static JsonValue value(JsonParser parser, JsonParser.Event event, int depth) {
    return switch (event) {
      case START_OBJECT -> object(parser, depth);
      case START_ARRAY -> array(parser, depth);
      case VALUE_STRING, VALUE_NUMBER, VALUE_TRUE, VALUE_FALSE, VALUE_NULL -> parser.getValue();
      default -> throw new JsonParsingException("unexpected " + event, parser.getLocation());
    };
  }

  private static JsonObject object(JsonParser parser, int depth) {
    checkDepth(parser, depth);
    JsonObjectBuilder object = BUILDERS.createObjectBuilder();
    List<String> keys = new ArrayList<>();
    for (JsonParser.Event event = parser.next();
        event != JsonParser.Event.END_OBJECT;
        event = parser.next()) {
      String key = parser.getString();
      keys.add(key);
      object.add(key, value(parser, parser.next(), depth + 1));
    }
    JsonObject built = object.build();
    if (built.size() != keys.size()) {
      Set<String> seen = new HashSet<>();
      String twice = keys.stream().filter(k -> !seen.add(k)).findFirst().orElse("?");
      throw new JsonParsingException(
          "the key '" + twice + "' appears more than once", parser.getLocation());
    }
    return built;
  }

  private static JsonValue array(JsonParser parser, int depth) {
    checkDepth(parser, depth);
    JsonArrayBuilder array = BUILDERS.createArrayBuilder();
    for (JsonParser.Event event = parser.next();
        event != JsonParser.Event.END_ARRAY;
        event = parser.next()) {
      array.add(value(parser, event, depth + 1));
    }
    return array.build();
  }

  private static void checkDepth(JsonParser parser, int depth) {
    if (depth > MAX_DEPTH) {
      throw new JsonParsingException(
          "arrays and objects nest deeper than " + MAX_DEPTH, parser.getLocation());
    }
  }
}
