package org.musicmuseum.audit.index;

import java.util.Objects;
import org.musicmuseum.events.EventType;

/**
 * One event of the log as the index knows it.
 *
 * @param type the event's type
 * @param position where it is in the log
 */
public record IndexEntry(EventType type, LogPosition position) {

  public IndexEntry {
    Objects.requireNonNull(type, "type");
    Objects.requireNonNull(position, "position");
  }

  /** An entry for the record at {@code partition}/{@code offset}. */
  public static IndexEntry of(EventType type, int partition, long offset) {
    return new IndexEntry(type, new LogPosition(partition, offset));
  }
}
