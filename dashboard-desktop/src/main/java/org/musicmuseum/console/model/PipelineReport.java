package org.musicmuseum.console.model;

import java.time.Instant;
import java.util.Optional;

/**
 * The answer of the health service's {@code GET /pipeline}: how the pipeline keeps up. Each item
 * carries the values of its last good read (empty before the first) and the error of its latest
 * read, if that failed.
 *
 * @param ingest what the receiver accepts
 * @param storageLag how far storage's consumer group is behind the log
 * @param freshness the age of the newest event processing counted
 * @param quarantined records storage set aside
 * @param skipped records audit could not index
 */
public record PipelineReport(
    Ingest ingest, StorageLag storageLag, Freshness freshness, Count quarantined, Count skipped) {

  /**
   * When an item was last read successfully, and why its latest read failed.
   *
   * @param at the last good read; empty before the first
   * @param error why the latest read failed; empty when it worked
   */
  public record Reading(Optional<Instant> at, Optional<String> error) {

    /** Whether the values shown are those of an earlier read. */
    public boolean stale() {
      return error.isPresent();
    }
  }

  /**
   * The receiver's accepted events.
   *
   * @param acceptedTotal accepted since the receiver started, over every type
   * @param perSecond the increase per second over the window; empty until two reads
   * @param windowSeconds the window of the rate
   */
  public record Ingest(
      Optional<Long> acceptedTotal,
      Optional<Double> perSecond,
      Optional<Long> windowSeconds,
      Reading reading) {}

  /**
   * Storage's consumer lag.
   *
   * @param events events behind, summed over the partitions
   * @param group the consumer group
   * @param partitions how many partitions were read
   */
  public record StorageLag(
      Optional<Long> events,
      Optional<String> group,
      Optional<Integer> partitions,
      Reading reading) {}

  /**
   * Processing's freshness.
   *
   * @param seconds the age of the newest counted event; empty while nothing is counted
   */
  public record Freshness(Optional<Double> seconds, Reading reading) {}

  /**
   * A count that should stay still (quarantined, skipped).
   *
   * @param count the count
   * @param changedAt when it was first seen to change; empty while it has not
   */
  public record Count(Optional<Long> count, Optional<Instant> changedAt, Reading reading) {}
}
