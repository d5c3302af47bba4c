package org.musicmuseum.audit.index;

/**
 * Where a record is in the log.
 *
 * @param partition its partition of the topic, 0..{@link #MAX_PARTITION}
 * @param offset its offset in that partition, 0..{@link #MAX_OFFSET}
 */
public record LogPosition(int partition, long offset) {

  /** Highest partition an index entry can hold (16 bits). */
  public static final int MAX_PARTITION = 0xFFFF;

  /** Highest offset an index entry can hold (48 bits: 2.8e14 records per partition). */
  public static final long MAX_OFFSET = (1L << 48) - 1;

  public LogPosition {
    if (partition < 0 || partition > MAX_PARTITION) {
      throw new IllegalArgumentException("partition out of range: " + partition);
    }
    if (offset < 0 || offset > MAX_OFFSET) {
      throw new IllegalArgumentException("offset out of range: " + offset);
    }
  }

  /** The position as one long: partition in the top 16 bits, offset in the low 48. */
  public long pack() {
    return ((long) partition << 48) | offset;
  }

  /** The position {@link #pack()} gave. */
  public static LogPosition unpack(long packed) {
    return new LogPosition((int) (packed >>> 48), packed & MAX_OFFSET);
  }
}
