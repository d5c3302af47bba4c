package org.musicmuseum.processing.domain;

import java.time.Instant;

/** What every stored event has that the statistics use. */
public interface StoredRow {

  /** The row id in storage; rows come in increasing id order and the cursor is the last id. */
  long id();

  String artistName();

  /** The event time (when the receiver accepted it). */
  Instant dateCreated();
}
