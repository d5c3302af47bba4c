package org.musicmuseum.events;

import jakarta.json.JsonNumber;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.math.BigDecimal;
import java.util.Optional;

/** The JSON type a field must have; {@link #check} says what is wrong with a value, if anything. */
enum FieldKind {
  INTEGER {
    @Override
    Optional<String> check(JsonValue value) {
      if (!(value instanceof JsonNumber number)) {
        return Optional.of("must be an integer, not " + describe(value));
      }
      BigDecimal decimal = number.bigDecimalValue();
      if (!number.isIntegral()) {
        return Optional.of("must be an integer, not " + decimal.toPlainString());
      }
      if (decimal.compareTo(LONG_MIN) < 0 || decimal.compareTo(LONG_MAX) > 0) {
        return Optional.of("is out of range");
      }
      return Optional.empty();
    }
  },
  NUMBER {
    @Override
    Optional<String> check(JsonValue value) {
      if (!(value instanceof JsonNumber number)) {
        return Optional.of("must be a number, not " + describe(value));
      }
      return Double.isFinite(number.doubleValue())
          ? Optional.empty()
          : Optional.of("is out of range");
    }
  },
  STRING {
    @Override
    Optional<String> check(JsonValue value) {
      if (!(value instanceof JsonString string)) {
        return Optional.of("must be a string, not " + describe(value));
      }
      return isCleanText(string.getString())
          ? Optional.empty()
          : Optional.of("must not contain control characters or invalid Unicode");
    }
  };

  private static final BigDecimal LONG_MIN = BigDecimal.valueOf(Long.MIN_VALUE);
  private static final BigDecimal LONG_MAX = BigDecimal.valueOf(Long.MAX_VALUE);

  /** A problem with the value, or empty when it has this kind. */
  abstract Optional<String> check(JsonValue value);

  static String describe(JsonValue value) {
    return switch (value.getValueType()) {
      case STRING -> "a string";
      case NUMBER -> "a number";
      case TRUE, FALSE -> "a boolean";
      case NULL -> "null";
      case ARRAY -> "an array";
      case OBJECT -> "an object";
    };
  }

  private static boolean isCleanText(String text) {
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c < 0x20 || c == 0x7f) {
        return false;
      }
      if (Character.isHighSurrogate(c)) {
        if (i + 1 >= text.length() || !Character.isLowSurrogate(text.charAt(i + 1))) {
          return false;
        }
        i++;
      } else if (Character.isLowSurrogate(c)) {
        return false;
      }
    }
    return true;
  }
}
