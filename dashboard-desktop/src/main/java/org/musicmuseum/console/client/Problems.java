package org.musicmuseum.console.client;

import jakarta.json.Json;
import jakarta.json.JsonException;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonString;
import java.io.StringReader;

/** The readable part of an error answer (RFC 9457 problem+json), if it has one. */
final class Problems {

  private static final int MAX_DETAIL = 300;

  private Problems() {}

  /** The problem's {@code detail}, else its {@code title}, else empty. */
  static String detail(String body) {
    if (body == null || body.isBlank()) {
      return "";
    }
    try (JsonReader reader = Json.createReader(new StringReader(body))) {
      if (reader.readValue() instanceof JsonObject problem) {
        for (String field : new String[] {"detail", "title"}) {
          if (problem.get(field) instanceof JsonString text && !text.getString().isBlank()) {
            return shorten(text.getString());
          }
        }
      }
      return "";
    } catch (JsonException e) {
      return "";
    }
  }

  private static String shorten(String text) {
    return text.length() <= MAX_DETAIL ? text : text.substring(0, MAX_DETAIL) + "…";
  }
}
