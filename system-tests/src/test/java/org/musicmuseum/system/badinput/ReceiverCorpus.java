package org.musicmuseum.system.badinput;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.musicmuseum.system.Payloads;

/**
 * Malformed requests to the receiver's three POST endpoints: broken JSON, every field missing,
 * null, mistyped, out of range or badly encoded, unknown fields, wrong media types, header abuse,
 * path tricks, wrong methods and oversized bodies.
 */
final class ReceiverCorpus {

  private static final String ALBUM = "/events/new_album";
  private static final String SINGLE = "/events/new_single_song";
  private static final String BATCH = "/events/batch";

  private ReceiverCorpus() {}

  static List<BadRequest> all() {
    List<BadRequest> corpus = new ArrayList<>();
    corpus.addAll(fieldMutations(ALBUM, album(), Map.of("album_track_count", 1001L)));
    corpus.addAll(fieldMutations(SINGLE, single(), Map.of()));
    for (String path : List.of(ALBUM, SINGLE, BATCH)) {
      corpus.addAll(syntax(path));
      corpus.addAll(mediaTypes(path));
      corpus.addAll(wrongMethods(path));
    }
    corpus.addAll(headers());
    corpus.addAll(paths());
    corpus.addAll(batches());
    corpus.add(
        BadRequest.postJson(
            "receiver", ALBUM, padded(album(), 70_000), "a 70 kB body (limit 64 KiB)"));
    corpus.add(
        BadRequest.postJson(
            "receiver", SINGLE, padded(single(), 70_000), "a 70 kB body (limit 64 KiB)"));
    return corpus;
  }

  /** A valid album's fields, in a map a test may change. */
  static Map<String, JsonValue> album() {
    return new LinkedHashMap<>(Payloads.album(1, "Kind of Blue", "Miles Davis", 5));
  }

  /** A valid single's fields, in a map a test may change. */
  static Map<String, JsonValue> single() {
    return new LinkedHashMap<>(Payloads.single(1, "So What", "Miles Davis", 562.5));
  }

  static String json(Map<String, JsonValue> fields) {
    JsonObjectBuilder object = Json.createObjectBuilder();
    fields.forEach(object::add);
    return object.build().toString();
  }

  private static String padded(Map<String, JsonValue> fields, int size) {
    Map<String, JsonValue> big = new LinkedHashMap<>(fields);
    big.put("artist_name", Json.createValue("x".repeat(size)));
    return json(big);
  }

  /** Each field missing, null, of every wrong JSON type, and out of its range. */
  private static List<BadRequest> fieldMutations(
      String path, Map<String, JsonValue> valid, Map<String, Long> tooBig) {
    List<BadRequest> corpus = new ArrayList<>();
    for (String field : valid.keySet()) {
      boolean text = valid.get(field).getValueType() == JsonValue.ValueType.STRING;
      Map<String, JsonValue> wrong = new LinkedHashMap<>();
      wrong.put("null", JsonValue.NULL);
      wrong.put("true", JsonValue.TRUE);
      wrong.put("an array", Json.createArrayBuilder().add(1).build());
      wrong.put("an object", JsonValue.EMPTY_JSON_OBJECT);
      if (text) {
        wrong.put("a number", Json.createValue(42));
        wrong.put("empty", Json.createValue(""));
        wrong.put("blank", Json.createValue(" \t "));
        wrong.put("256 characters", Json.createValue("n".repeat(256)));
      } else {
        wrong.put("a string", Json.createValue("7"));
        wrong.put("zero", Json.createValue(0));
        wrong.put("negative", Json.createValue(-1));
        wrong.put("1e400", Json.createValue(new BigDecimal("1e400")));
        wrong.put("a 30-digit number", Json.createValue(new BigDecimal("9".repeat(30))));
        wrong.put("too big", Json.createValue(tooBig.getOrDefault(field, 9_007_199_254_740_992L)));
        if (!field.equals("song_duration")) {
          wrong.put("a fraction", Json.createValue(1.5));
        }
      }
      for (Map.Entry<String, JsonValue> w : wrong.entrySet()) {
        Map<String, JsonValue> fields = new LinkedHashMap<>(valid);
        fields.put(field, w.getValue());
        corpus.add(BadRequest.postJson("receiver", path, json(fields), field + " " + w.getKey()));
      }
      Map<String, JsonValue> without = new LinkedHashMap<>(valid);
      without.remove(field);
      corpus.add(BadRequest.postJson("receiver", path, json(without), field + " missing"));
      if (text) {
        String name = json(valid).replace(quoted(valid.get(field)), "\"\\ud800 lone surrogate\"");
        corpus.add(BadRequest.postJson("receiver", path, name, field + " a lone surrogate"));
        String nul = json(valid).replace(quoted(valid.get(field)), "\"nul \\u0000 inside\"");
        corpus.add(BadRequest.postJson("receiver", path, nul, field + " with a NUL character"));
      }
    }
    for (String extra : List.of("year", "trace_id")) {
      Map<String, JsonValue> fields = new LinkedHashMap<>(valid);
      fields.put(extra, Json.createValue("x"));
      corpus.add(BadRequest.postJson("receiver", path, json(fields), "unknown field " + extra));
    }
    return corpus;
  }

  private static String quoted(JsonValue value) {
    return value.toString();
  }

  private static List<BadRequest> syntax(String path) {
    String valid = json(path.equals(SINGLE) ? single() : album());
    Map<String, String> bodies = new LinkedHashMap<>();
    bodies.put("an empty body", "");
    bodies.put("truncated JSON", valid.substring(0, valid.length() / 2));
    bodies.put("trailing garbage", valid + "}x");
    bodies.put("single quotes", valid.replace('"', '\''));
    bodies.put("a comment", "/* hi */" + valid);
    bodies.put(
        "unquoted keys",
        valid.replace("\"album_id\"", "album_id").replace("\"song_id\"", "song_id"));
    bodies.put("a trailing comma", valid.substring(0, valid.length() - 1) + ",}");
    bodies.put("NaN", valid.replace(":1,", ":NaN,"));
    bodies.put("a bare string", "\"new_album\"");
    bodies.put("null", "null");
    bodies.put("a number", "12");
    bodies.put("nesting 5000 deep", "[".repeat(5000) + "]".repeat(5000));
    bodies.put("duplicate keys", valid.replace("{", "{\"artist_name\":\"x\","));
    bodies.put("invalid UTF-8 escape", valid.replace("Miles", "Mi\\uZZZZles"));
    List<BadRequest> corpus = new ArrayList<>();
    bodies.forEach((what, body) -> corpus.add(BadRequest.postJson("receiver", path, body, what)));
    if (!path.equals(BATCH)) {
      corpus.add(BadRequest.postJson("receiver", path, "[" + valid + "]", "an array"));
    }
    return corpus;
  }

  private static List<BadRequest> mediaTypes(String path) {
    String valid = json(path.equals(SINGLE) ? single() : album());
    List<BadRequest> corpus = new ArrayList<>();
    corpus.add(new BadRequest("receiver", "POST", path, Map.of(), valid, "no Content-Type"));
    for (String type :
        List.of(
            "text/plain",
            "application/xml",
            "multipart/form-data; boundary=x",
            "application/x-www-form-urlencoded",
            "image/png",
            "nonsense")) {
      corpus.add(
          new BadRequest(
              "receiver", "POST", path, Map.of("Content-Type", type), valid, "sent as " + type));
    }
    return corpus;
  }

  private static List<BadRequest> wrongMethods(String path) {
    List<BadRequest> corpus = new ArrayList<>();
    for (String method : List.of("GET", "PUT", "DELETE", "PATCH")) {
      String body = method.equals("GET") || method.equals("DELETE") ? "" : json(album());
      corpus.add(
          new BadRequest(
              "receiver",
              method,
              path,
              body.isEmpty() ? Map.of() : Map.of("Content-Type", "application/json"),
              body,
              method + " instead of POST"));
    }
    return corpus;
  }

  private static List<BadRequest> headers() {
    List<BadRequest> corpus = new ArrayList<>();
    for (String path : List.of(ALBUM, SINGLE)) {
      BadRequest valid =
          BadRequest.postJson("receiver", path, json(path.equals(ALBUM) ? album() : single()), "");
      corpus.add(valid.with("Idempotency-Key", "", "an empty Idempotency-Key"));
      corpus.add(valid.with("Idempotency-Key", "k".repeat(201), "a 201-character Idempotency-Key"));
      corpus.add(valid.with("Idempotency-Key", "two words", "an Idempotency-Key with a space"));
      corpus.add(valid.with("Accept", "application/xml", "accepting only XML"));
      corpus.add(valid.with("Accept", "text/html", "accepting only HTML"));
      corpus.add(
          valid.with("Content-Type", "application/json; charset=klingon", "an unknown charset"));
    }
    return corpus;
  }

  private static List<BadRequest> paths() {
    String album = json(album());
    List<BadRequest> corpus = new ArrayList<>();
    for (String path :
        List.of(
            "/events/new_albums",
            "/events/NEW_ALBUM",
            "/events/new_album/extra",
            "/events/%2e%2e/events/new_album",
            "/events/new_album%00",
            "/events/new%2Falbum",
            "/events",
            "/events/batch/new_album",
            "/noop/new_album",
            "/../storage/events/new_album")) {
      corpus.add(BadRequest.postJson("receiver", path, album, "path " + path));
    }
    return corpus;
  }

  private static List<BadRequest> batches() {
    JsonObject record =
        Json.createObjectBuilder()
            .add("type", "new_album")
            .add("payload", Json.createObjectBuilder(Map.copyOf(album())))
            .build();
    var tooMany = Json.createArrayBuilder();
    for (int i = 0; i < 1001; i++) {
      tooMany.add(record);
    }
    String ndjson = "application/x-ndjson";
    List<BadRequest> corpus = new ArrayList<>();
    corpus.add(BadRequest.postJson("receiver", BATCH, "[]", "an empty batch"));
    corpus.add(
        BadRequest.postJson("receiver", BATCH, record.toString(), "an object, not an array"));
    corpus.add(BadRequest.postJson("receiver", BATCH, tooMany.build().toString(), "1001 records"));
    corpus.add(
        BadRequest.postJson(
            "receiver",
            BATCH,
            "["
                + (record + ",").repeat(4 * 1024 * 1024 / record.toString().length())
                + record
                + "]",
            "more than 4 MiB"));
    corpus.add(
        new BadRequest(
            "receiver", "POST", BATCH, Map.of("Content-Type", ndjson), "\n\n  \n", "blank NDJSON"));
    corpus.add(
        new BadRequest(
            "receiver", "POST", BATCH, Map.of("Content-Type", ndjson), "", "empty NDJSON"));
    return corpus;
  }
}
