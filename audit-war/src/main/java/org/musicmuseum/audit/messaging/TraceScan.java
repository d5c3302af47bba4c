package org.musicmuseum.audit.messaging;

import java.time.Instant;
import java.util.Optional;

/** What a search of the log for one trace id found. */
public sealed interface TraceScan {

  /**
   * The record keyed by the trace id.
   *
   * @param partition its partition
   * @param offset its offset
   * @param timestamp the record's timestamp
   * @param acceptedAt the envelope's datetime, when the receiver accepted the event; empty when the
   *     value is not an envelope
   */
  record Found(int partition, long offset, Instant timestamp, Optional<Instant> acceptedAt)
      implements TraceScan {}

  /**
   * No record with that key where it should be.
   *
   * @param partition the partition searched
   * @param scanned how many records were read
   */
  record Missing(int partition, long scanned) implements TraceScan {}

  /** Kafka did not answer in time, or failed. */
  record Unavailable(String reason) implements TraceScan {}
}
