package org.musicmuseum.storage.domain;

import java.util.Collection;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.musicmuseum.events.EventType;

/**
 * What one committed transaction did: the rows it added per type, the events it skipped because
 * their trace id was already stored (a redelivery, or a retry with the same Idempotency-Key), and
 * the records it quarantined.
 *
 * @param stored new rows per type (types without rows are absent)
 * @param deduplicated events skipped by the unique trace id
 * @param quarantined records written to the quarantine table
 */
public record WriteOutcome(Map<EventType, Integer> stored, int deduplicated, int quarantined) {

  public WriteOutcome {
    stored = Map.copyOf(stored);
  }

  /**
   * Sorts the events of a transaction.
   *
   * @param events the valid events it inserted
   * @param existing the trace ids the tables held before it (read under the write lock)
   * @param refused the trace ids of the events the database refused (quarantined instead)
   * @param quarantined every record it quarantined (unreadable and refused)
   */
  public static WriteOutcome of(
      List<StoredEvent> events, Set<String> existing, Collection<String> refused, int quarantined) {
    Set<String> seen = new HashSet<>(existing);
    seen.addAll(refused);
    Map<EventType, Integer> stored = new EnumMap<>(EventType.class);
    int duplicates = 0;
    for (StoredEvent event : events) {
      String traceId = event.envelope().payload().traceId();
      if (refused.contains(traceId)) {
        continue;
      }
      if (seen.add(traceId)) {
        stored.merge(event.envelope().payload().type(), 1, Integer::sum);
      } else {
        duplicates++;
      }
    }
    return new WriteOutcome(stored, duplicates, quarantined);
  }

  /** The new rows of that type. */
  public int stored(EventType type) {
    return stored.getOrDefault(type, 0);
  }
}
