package org.musicmuseum.events;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Pattern;

/**
 * Assigns trace ids: time-ordered UUIDv7 (RFC 9562) that carry the time they were made, or derived
 * from a client's Idempotency-Key (name-based, no time) so a retry keeps its id.
 */
public final class TraceIds {

  /** Longest Idempotency-Key accepted. */
  public static final int MAX_KEY_LENGTH = 200;

  private static final Pattern UUID_TEXT = Pattern.compile(Limits.UUID_PATTERN);
  private static final TimeOrderedIds NOW = new TimeOrderedIds(Clock.systemUTC());

  private TraceIds() {}

  /** A fresh UUIDv7 trace id, made now. */
  public static String random() {
    return NOW.next();
  }

  /**
   * The id in canonical (lower-case) form, or empty when it is not a UUID. Upper-case hex digits
   * are accepted.
   */
  public static Optional<String> canonical(String id) {
    String lower = id == null ? "" : id.toLowerCase(Locale.ROOT);
    return UUID_TEXT.matcher(lower).matches() ? Optional.of(lower) : Optional.empty();
  }

  /**
   * When a trace id was made, if it says: a UUIDv7 with the RFC 9562 variant carries it; any other
   * id (name-based, random v4, not a UUID) does not.
   */
  public static Optional<Instant> timeOf(String id) {
    Optional<String> text = canonical(id);
    if (text.isEmpty()) {
      return Optional.empty();
    }
    UUID uuid = UUID.fromString(text.get());
    boolean timeOrdered = uuid.version() == 7 && uuid.variant() == 2;
    return timeOrdered
        ? Optional.of(Instant.ofEpochMilli(uuid.getMostSignificantBits() >>> 16))
        : Optional.empty();
  }

  /**
   * The trace id for a client's key; the same key and type always give the same id, so a retried
   * request is stored once.
   */
  public static String fromIdempotencyKey(EventType type, String key) {
    byte[] name = (type.wireName() + ":" + key).getBytes(StandardCharsets.UTF_8);
    return UUID.nameUUIDFromBytes(name).toString();
  }

  /** What is wrong with a key, if anything: 1..200 visible ASCII characters. */
  public static Optional<String> checkIdempotencyKey(String key) {
    if (key.isEmpty() || key.length() > MAX_KEY_LENGTH) {
      return Optional.of("must have 1 to " + MAX_KEY_LENGTH + " characters");
    }
    boolean visibleAscii = key.chars().allMatch(c -> c > 0x20 && c < 0x7f);
    return visibleAscii
        ? Optional.empty()
        : Optional.of("must contain only visible ASCII characters");
  }
}
