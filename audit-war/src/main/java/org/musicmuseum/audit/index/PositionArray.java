package org.musicmuseum.audit.index;

import java.util.Arrays;
import java.util.Optional;

/**
 * A growable array of log positions, each packed into one long (8 bytes per event), so a lookup is
 * an array access whatever the index. Thread-safe.
 */
public final class PositionArray {

  private static final int MAX_SIZE = Integer.MAX_VALUE - 8;

  private long[] packed;
  private int size;

  public PositionArray() {
    this(1024);
  }

  PositionArray(int initialCapacity) {
    packed = new long[Math.max(1, initialCapacity)];
  }

  /** Adds a position at the end and returns its index. */
  public synchronized int append(LogPosition position) {
    if (size == packed.length) {
      if (size == MAX_SIZE) {
        throw new IllegalStateException("the index is full");
      }
      packed = Arrays.copyOf(packed, (int) Math.min(MAX_SIZE, size * 2L));
    }
    packed[size] = position.pack();
    return size++;
  }

  /** The position at {@code index}, or empty when the array is not that long. */
  public synchronized Optional<LogPosition> get(long index) {
    if (index < 0 || index >= size) {
      return Optional.empty();
    }
    return Optional.of(LogPosition.unpack(packed[(int) index]));
  }

  /** How many positions the array holds. */
  public synchronized int size() {
    return size;
  }
}
