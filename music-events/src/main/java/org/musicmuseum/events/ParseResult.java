package org.musicmuseum.events;

import java.util.List;

/** Either a valid value or every violation found in the input. */
public sealed interface ParseResult<T> {

  /** A valid value. */
  record Valid<T>(T value) implements ParseResult<T> {}

  /** The input was refused; {@code violations} is never empty. */
  record Invalid<T>(List<Violation> violations) implements ParseResult<T> {
    public Invalid {
      violations = List.copyOf(violations);
      if (violations.isEmpty()) {
        throw new IllegalArgumentException("an invalid result needs a violation");
      }
    }
  }

  /** A refusal with a single violation. */
  static <T> ParseResult<T> invalid(String field, String message) {
    return new Invalid<>(List.of(new Violation(field, message)));
  }
}
