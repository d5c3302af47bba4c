package org.musicmuseum.storage.domain;

import java.time.Instant;

/**
 * A half-open interval of event times, {@code [from, to)}.
 *
 * @param from first instant included
 * @param to first instant excluded; after {@code from}
 */
public record TimeRange(Instant from, Instant to) {

  /** Earliest instant a query accepts. */
  public static final Instant MIN = Instant.parse("1970-01-01T00:00:00Z");

  /** Latest instant a query accepts (the DATETIME column's end). */
  public static final Instant MAX = Instant.parse("9999-12-31T23:59:59.999999Z");

  public TimeRange {
    if (!from.isBefore(to)) {
      throw new IllegalArgumentException("end_timestamp must be after timestamp");
    }
  }
}
