package org.musicmuseum.processing.domain;

import java.util.List;

/**
 * One page of stored events, by partition, then offset.
 *
 * @param events the rows of the page
 * @param hasMore true when storage said there is a next page ({@code next_cursor} present)
 */
public record EventPage<T extends StoredRow>(List<T> events, boolean hasMore) {

  public EventPage {
    events = List.copyOf(events);
  }
}
