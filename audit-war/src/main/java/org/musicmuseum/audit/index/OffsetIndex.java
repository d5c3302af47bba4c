package org.musicmuseum.audit.index;

import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.musicmuseum.events.EventType;

/**
 * The in-memory offset index: per event type, the position of its N-th event in the log, in the
 * order the index assigned them; plus, per partition, the offset after the last indexed one.
 * Thread-safe: one writer (the indexer), many readers (lookups).
 */
public final class OffsetIndex {

  private final Map<EventType, PositionArray> byType = new EnumMap<>(EventType.class);
  private final Map<Integer, Long> nextOffsets = new ConcurrentHashMap<>();

  public OffsetIndex() {
    for (EventType type : EventType.values()) {
      byType.put(type, new PositionArray());
    }
  }

  /** Gives the entry the next index of its type. */
  public void add(IndexEntry entry) {
    byType.get(entry.type()).append(entry.position());
    nextOffsets.merge(
        entry.position().partition(), entry.position().offset() + 1, (a, b) -> Math.max(a, b));
  }

  /** Where the {@code index}-th event of {@code type} is, if the index has that many. */
  public Optional<LogPosition> find(EventType type, long index) {
    return byType.get(type).get(index);
  }

  /** How many events of {@code type} are indexed. */
  public int count(EventType type) {
    return byType.get(type).size();
  }

  /**
   * Per partition, the offset after the highest indexed one: where indexing resumes. Partitions
   * without an indexed event are absent (indexing starts at their beginning).
   */
  public Map<Integer, Long> nextOffsets() {
    return Map.copyOf(nextOffsets);
  }
}
