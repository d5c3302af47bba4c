package org.musicmuseum.console.model;

import java.time.Instant;
import java.util.Optional;

/**
 * The answer of audit's {@code GET /trace/{trace_id}}: where an event is in the pipeline.
 *
 * @param traceId the trace id asked for
 * @param state the furthest hop known: {@code in_kafka}, {@code stored} or {@code counted}
 * @param acceptedAt when the receiver accepted it
 * @param kafka the record in the log
 * @param stored the row in the database
 * @param counted the statistics
 * @param hops how long each hop took
 */
public record EventTrace(
    String traceId,
    String state,
    Optional<Instant> acceptedAt,
    Kafka kafka,
    Stored stored,
    Counted counted,
    Hops hops) {

  /**
   * The record in the log.
   *
   * @param searched whether the log was searched
   * @param found whether the record was found
   * @param reason why it was not searched, or not found
   */
  public record Kafka(
      boolean searched,
      boolean found,
      Optional<Integer> partition,
      Optional<Long> offset,
      Optional<Instant> timestamp,
      Optional<String> reason) {}

  /**
   * The row in the database.
   *
   * @param status {@code stored}, {@code not_stored} or {@code unknown}
   */
  public record Stored(
      String status,
      Optional<String> table,
      Optional<Long> rowId,
      Optional<Instant> at,
      Optional<String> reason) {

    public boolean done() {
      return "stored".equals(status);
    }
  }

  /**
   * The statistics.
   *
   * @param status {@code counted}, {@code not_counted} or {@code unknown}
   * @param run the processing run that counted it
   */
  public record Counted(
      String status, Optional<Long> run, Optional<Instant> at, Optional<String> reason) {

    public boolean done() {
      return "counted".equals(status);
    }
  }

  /** Milliseconds each hop took; empty where an end is unknown. */
  public record Hops(
      Optional<Long> acceptedToKafkaMs,
      Optional<Long> kafkaToStoredMs,
      Optional<Long> storedToCountedMs) {}
}
