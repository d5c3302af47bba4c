package org.musicmuseum.events;

/** Value limits shared by the validation constraints, the database columns and the tests. */
public final class Limits {

  /** Longest name, in UTF-16 code units; the columns are VARCHAR(255) in utf8mb4. */
  public static final int MAX_NAME_LENGTH = 255;

  /** Largest id: 2^53 - 1, the largest integer a JavaScript dashboard shows exactly. */
  public static final long MAX_ID = 9_007_199_254_740_991L;

  /** Most tracks an album may have. */
  public static final int MAX_TRACK_COUNT = 1000;

  /** Longest single, in seconds (24 hours). */
  public static final String MAX_SONG_DURATION = "86400";

  /** Canonical lower-case UUID text. */
  public static final String UUID_PATTERN =
      "^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$";

  private Limits() {}
}
