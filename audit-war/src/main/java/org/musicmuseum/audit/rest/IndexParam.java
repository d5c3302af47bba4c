package org.musicmuseum.audit.rest;

import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import java.util.List;
import org.musicmuseum.events.Violation;
import org.musicmuseum.kit.http.Problems;

/** Reads the {@code index} query parameter: a whole number from 0, required. */
final class IndexParam {

  static final String NAME = "index";
  private static final String WHOLE_NUMBER = "must be a whole number from 0 to " + Long.MAX_VALUE;

  private IndexParam() {}

  /**
   * The index given.
   *
   * @throws WebApplicationException a 400 problem naming {@code index} when it is missing or not a
   *     whole number from 0
   */
  static long parse(String value) {
    if (value == null || value.isBlank()) {
      throw refused("is required");
    }
    long index;
    try {
      index = Long.parseLong(value.trim());
    } catch (NumberFormatException e) {
      throw refused(WHOLE_NUMBER);
    }
    if (index < 0) {
      throw refused(WHOLE_NUMBER);
    }
    return index;
  }

  private static WebApplicationException refused(String message) {
    return new WebApplicationException(
        Problems.of(
            Response.Status.BAD_REQUEST,
            "The query parameter index is invalid.",
            List.of(new Violation(NAME, message))));
  }
}
