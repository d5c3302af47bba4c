package org.musicmuseum.storage.domain;

import java.util.List;
import java.util.Map;
import org.musicmuseum.events.NewAlbumEvent;
import org.musicmuseum.events.NewSingleSongEvent;

/**
 * What one poll gives the database: valid albums and singles, the quarantined rest, and the offsets
 * to commit once all of it is committed.
 *
 * @param events the valid events, in the order read
 * @param quarantined the records that could not be read
 * @param nextOffsets per topic partition ({@code topic-partition} → next offset to read)
 */
public record StoreBatch(
    List<StoredEvent> events,
    List<QuarantinedRecord> quarantined,
    Map<TopicPartitionKey, Long> nextOffsets) {

  public StoreBatch {
    events = List.copyOf(events);
    quarantined = List.copyOf(quarantined);
    nextOffsets = Map.copyOf(nextOffsets);
  }

  /** The albums of the batch. */
  public List<StoredEvent> albums() {
    return events.stream().filter(e -> e.envelope().payload() instanceof NewAlbumEvent).toList();
  }

  /** The singles of the batch. */
  public List<StoredEvent> singles() {
    return events.stream()
        .filter(e -> e.envelope().payload() instanceof NewSingleSongEvent)
        .toList();
  }

  /** How many records the batch covers. */
  public int size() {
    return events.size() + quarantined.size();
  }
}
