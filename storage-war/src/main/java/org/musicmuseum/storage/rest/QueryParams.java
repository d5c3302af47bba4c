package org.musicmuseum.storage.rest;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Optional;
import org.musicmuseum.events.Positions;
import org.musicmuseum.events.Violation;

/** Parses the query parameters of the event listing, collecting every violation. */
final class QueryParams {

  private QueryParams() {}

  /**
   * An ISO-8601 instant: with {@code Z} or an offset, or a local date-time taken as UTC (the
   * original system's format).
   */
  static Optional<Instant> instant(String name, String value, List<Violation> violations) {
    if (value == null || value.isBlank()) {
      return Optional.empty();
    }
    try {
      return Optional.of(OffsetDateTime.parse(value).toInstant());
    } catch (DateTimeParseException withoutOffset) {
      try {
        return Optional.of(LocalDateTime.parse(value).toInstant(ZoneOffset.UTC));
      } catch (DateTimeParseException e) {
        violations.add(
            new Violation(name, "must be an ISO-8601 date-time, e.g. 2026-11-25T10:15:30Z"));
        return Optional.empty();
      }
    }
  }

  /** A whole number in {@code [min, max]}, or the default when absent. */
  static long number(
      String name,
      String value,
      long min,
      long max,
      long defaultValue,
      List<Violation> violations) {
    if (value == null || value.isBlank()) {
      return defaultValue;
    }
    try {
      long n = Long.parseLong(value.trim());
      if (n >= min && n <= max) {
        return n;
      }
    } catch (NumberFormatException e) {
      // reported below
    }
    violations.add(new Violation(name, "must be a whole number from " + min + " to " + max));
    return defaultValue;
  }

  /** Whether {@code order} asks for Kafka order ({@code offset}) rather than ids (the default). */
  static boolean order(String value, List<Violation> violations) {
    if (value == null || value.isBlank() || value.equals("id")) {
      return false;
    }
    if (value.equals("offset")) {
      return true;
    }
    violations.add(new Violation("order", "must be id or offset"));
    return false;
  }

  /** The cursor of a listing in Kafka order ({@link Positions}); from the start when absent. */
  static Positions positions(String value, List<Violation> violations) {
    return Positions.parse(value)
        .orElseGet(
            () -> {
              violations.add(
                  new Violation(
                      "cursor",
                      "with order=offset, must be partition:offset pairs joined by commas (at"
                          + " most "
                          + Positions.MAX_PARTITIONS
                          + "), e.g. 0:41,3:17"));
              return Positions.start();
            });
  }
}
