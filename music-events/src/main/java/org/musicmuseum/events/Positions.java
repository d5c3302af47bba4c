package org.musicmuseum.events;

import java.util.Collection;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * A cursor in Kafka order: per partition, the offset of the last row read; every row of a partition
 * it does not name is after it. Storage pages its listing by it ({@code order=offset}) and
 * processing counts each event type up to one. Its text is {@code partition:offset} pairs joined by
 * commas ({@code 0:41,3:17}); the empty text is the start. Immutable.
 */
public final class Positions {

  /** The most partitions a cursor may name. */
  public static final int MAX_PARTITIONS = 1000;

  private final SortedMap<Integer, Long> lastRead;

  private Positions(SortedMap<Integer, Long> lastRead) {
    this.lastRead = Collections.unmodifiableSortedMap(lastRead);
  }

  /** Nothing read yet. */
  public static Positions start() {
    return new Positions(new TreeMap<>());
  }

  /** The cursor of this text, or empty when it is malformed (each pair once, numbers ≥ 0). */
  public static Optional<Positions> parse(String text) {
    if (text == null || text.isBlank()) {
      return Optional.of(start());
    }
    String[] pairs = text.split(",", -1);
    if (pairs.length > MAX_PARTITIONS) {
      return Optional.empty();
    }
    SortedMap<Integer, Long> read = new TreeMap<>();
    try {
      for (String pair : pairs) {
        String[] parts = pair.trim().split(":", -1);
        if (parts.length != 2) {
          return Optional.empty();
        }
        int partition = Integer.parseInt(parts[0]);
        long offset = Long.parseLong(parts[1]);
        if (partition < 0 || offset < 0 || read.put(partition, offset) != null) {
          return Optional.empty();
        }
      }
    } catch (NumberFormatException e) {
      return Optional.empty();
    }
    return Optional.of(new Positions(read));
  }

  /** Partition → offset of the last row read, by partition. */
  public SortedMap<Integer, Long> lastRead() {
    return lastRead;
  }

  /** The partitions named, in order. */
  public List<Integer> partitions() {
    return List.copyOf(lastRead.keySet());
  }

  /** The offset last read in {@code partition}; empty when none was. */
  public OptionalLong lastRead(int partition) {
    Long offset = lastRead.get(partition);
    return offset == null ? OptionalLong.empty() : OptionalLong.of(offset);
  }

  /** Whether the row at {@code offset} of {@code partition} is at or before this cursor. */
  public boolean includes(int partition, long offset) {
    Long last = lastRead.get(partition);
    return last != null && offset <= last;
  }

  /** The partitions where this cursor is past {@code earlier}, at this cursor's offsets. */
  public Positions movedSince(Positions earlier) {
    SortedMap<Integer, Long> moved = new TreeMap<>(lastRead);
    moved.entrySet().removeIf(e -> e.getValue().equals(earlier.lastRead.get(e.getKey())));
    return new Positions(moved);
  }

  /** This cursor, naming only the {@code partitions} it names among those given. */
  public Positions only(Collection<Integer> partitions) {
    SortedMap<Integer, Long> kept = new TreeMap<>(lastRead);
    kept.keySet().retainAll(partitions);
    return new Positions(kept);
  }

  /** Whether it names no partition (the start). */
  public boolean isStart() {
    return lastRead.isEmpty();
  }

  /** This cursor moved past the row at {@code offset} of {@code partition}. */
  public Positions after(int partition, long offset) {
    SortedMap<Integer, Long> next = new TreeMap<>(lastRead);
    next.merge(partition, offset, Math::max);
    return new Positions(next);
  }

  /** The cursor's text. */
  public String text() {
    return lastRead.entrySet().stream()
        .map(e -> e.getKey() + ":" + e.getValue())
        .collect(Collectors.joining(","));
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Positions other && other.lastRead.equals(lastRead);
  }

  @Override
  public int hashCode() {
    return lastRead.hashCode();
  }

  @Override
  public String toString() {
    return text();
  }
}
