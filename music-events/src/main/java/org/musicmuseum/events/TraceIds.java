package org.musicmuseum.events;

import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.UUID;

/**
 * Assigns trace ids: random, or derived from a client's Idempotency-Key so a retry keeps its id.
 */
public final class TraceIds {

  /** Longest Idempotency-Key accepted. */
  public static final int MAX_KEY_LENGTH = 200;

  private TraceIds() {}

  /** A fresh random trace id. */
  public static String random() {
    return UUID.randomUUID().toString();
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
