package org.musicmuseum.processing.domain;

import jakarta.json.bind.annotation.JsonbPropertyOrder;
import java.time.Instant;

/**
 * The events of one minute of event time.
 *
 * @param minute the start of the minute (UTC)
 * @param albums albums created in that minute
 * @param singles singles created in that minute
 */
@JsonbPropertyOrder({"minute", "albums", "singles"})
public record MinuteCount(Instant minute, long albums, long singles) {

  /** This minute with {@code albums} and {@code singles} more events. */
  public MinuteCount plus(long moreAlbums, long moreSingles) {
    return new MinuteCount(minute, albums + moreAlbums, singles + moreSingles);
  }
}
