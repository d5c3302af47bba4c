package org.musicmuseum.receiver.rest;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.ws.rs.core.Response;
import java.util.ArrayList;
import java.util.List;
import org.musicmuseum.events.EventParser;
import org.musicmuseum.events.EventType;
import org.musicmuseum.events.ParseResult;
import org.musicmuseum.kit.http.Problems;
import org.musicmuseum.kit.metrics.MetricTags;

/** Splits a batch body into records: a JSON array, or NDJSON where each line stands alone. */
final class BatchBodies {

  private BatchBodies() {}

  /** The records of a JSON array; the whole body is refused when it is not one. */
  static List<ParseResult<JsonValue>> jsonArray(byte[] bytes) {
    if (!(EventParser.readJson(bytes).orElseThrow(Bodies::refused) instanceof JsonArray array)) {
      throw Problems.exception(
          Response.Status.BAD_REQUEST, "A JSON batch must be an array of records.");
    }
    List<ParseResult<JsonValue>> records = new ArrayList<>(array.size());
    array.forEach(value -> records.add(new ParseResult.Valid<>(value)));
    return records;
  }

  /** One record per line, read straight from the body's bytes; blank lines are skipped. */
  static List<ParseResult<JsonValue>> ndjson(byte[] bytes) {
    List<ParseResult<JsonValue>> records = new ArrayList<>();
    int start = 0;
    while (start < bytes.length) {
      int end = start;
      while (end < bytes.length && bytes[end] != '\n') {
        end++;
      }
      if (!isBlank(bytes, start, end)) {
        records.add(EventParser.readJson(bytes, start, end - start));
      }
      start = end + 1;
    }
    return records;
  }

  private static boolean isBlank(byte[] bytes, int start, int end) {
    for (int i = start; i < end; i++) {
      byte b = bytes[i];
      if (b != ' ' && b != '\t' && b != '\r') {
        return false;
      }
    }
    return true;
  }

  /** The record's type for the metrics: its {@code type} field's wire name, else unknown. */
  static String typeOf(ParseResult<JsonValue> record) {
    return record.fold(
        violations -> MetricTags.UNKNOWN_TYPE,
        json ->
            json instanceof JsonObject item
                    && item.get("type") instanceof JsonString name
                    && EventType.fromWireName(name.getString()).isPresent()
                ? name.getString()
                : MetricTags.UNKNOWN_TYPE);
  }
}
