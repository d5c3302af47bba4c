package org.musicmuseum.processing.domain;

import java.time.Instant;

/** What every stored event has that the statistics use. */
public interface StoredRow {

  /** The Kafka partition the event was read from. */
  int partition();

  /**
   * Its offset in that partition: storage lists a type's rows by partition, then offset, and each
   * type's cursor is the last offset counted per partition ({@link
   * org.musicmuseum.events.Positions}).
   */
  long offset();

  String artistName();

  /** The event time (when the receiver accepted it). */
  Instant dateCreated();
}
