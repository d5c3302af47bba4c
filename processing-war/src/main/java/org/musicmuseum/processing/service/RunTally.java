package org.musicmuseum.processing.service;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.musicmuseum.events.Positions;
import org.musicmuseum.processing.domain.StoredRow;

/** What one run counted: how many events, and the event time of the newest of them. */
final class RunTally {

  private int counted;
  private Instant newest;

  /**
   * Notes {@code applied} events counted from {@code rows}, read after the cursor {@code after}
   * (rows at or before it were counted by an earlier run).
   */
  void counted(int applied, List<? extends StoredRow> rows, Positions after) {
    counted += applied;
    for (StoredRow row : rows) {
      if (!after.includes(row.partition(), row.offset())
          && (newest == null || row.dateCreated().isAfter(newest))) {
        newest = row.dateCreated();
      }
    }
  }

  int count() {
    return counted;
  }

  Optional<Instant> newest() {
    return Optional.ofNullable(newest);
  }
}
