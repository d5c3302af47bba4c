package org.musicmuseum.audit.domain;

import jakarta.json.bind.annotation.JsonbProperty;
import jakarta.json.bind.annotation.JsonbPropertyOrder;
import java.time.Instant;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * Where the event of a trace id is in the pipeline, hop by hop. A hop whose service did not answer
 * says so in its {@code reason}; the rest of the answer stands.
 *
 * @param traceId the trace id asked for
 * @param state the furthest hop known: {@code in_kafka}, {@code stored} or {@code counted}
 * @param acceptedAt when the receiver accepted the event (the envelope's datetime; the id's own
 *     time when only that is known)
 * @param kafka the record in the log
 * @param stored the row in the database
 * @param counted the statistics
 * @param hops how long each hop took
 */
@JsonbPropertyOrder({"traceId", "state", "acceptedAt", "kafka", "stored", "counted", "hops"})
@Schema(description = "Where the event of a trace id is: accepted, in Kafka, stored, counted.")
public record TraceAnswer(
    @JsonbProperty("trace_id") @Schema(example = "0193a0b4-52c1-7d2e-9a41-3c5e8f10b7d4")
        String traceId,
    @Schema(enumeration = {"in_kafka", "stored", "counted"}) String state,
    @JsonbProperty("accepted_at") @Schema(example = "2026-12-05T16:30:01.234Z") Instant acceptedAt,
    KafkaHop kafka,
    StoredHop stored,
    CountedHop counted,
    Hops hops) {

  /**
   * The record in the log.
   *
   * @param searched whether the log was searched (only ids that carry their time can be)
   * @param found whether the record was found
   * @param partition its partition
   * @param offset its offset
   * @param timestamp the record's timestamp
   * @param reason why it was not searched, or not found
   */
  @JsonbPropertyOrder({"searched", "found", "partition", "offset", "timestamp", "reason"})
  public record KafkaHop(
      boolean searched,
      boolean found,
      Integer partition,
      Long offset,
      Instant timestamp,
      String reason) {}

  /**
   * The row in the database.
   *
   * @param status {@code stored}, {@code not_stored} or {@code unknown} (storage did not answer)
   * @param table the table
   * @param rowId the row's id
   * @param at when storage wrote it
   * @param reason why the status is unknown
   */
  @JsonbPropertyOrder({"status", "table", "rowId", "at", "reason"})
  public record StoredHop(
      @Schema(enumeration = {"stored", "not_stored", "unknown"}) String status,
      String table,
      @JsonbProperty("row_id") Long rowId,
      Instant at,
      String reason) {}

  /**
   * The statistics.
   *
   * @param status {@code counted}, {@code not_counted} or {@code unknown}
   * @param run the processing run that counted it (absent when processing no longer keeps it)
   * @param at when that run's counting ended
   * @param reason why the status is unknown, or the run is absent
   */
  @JsonbPropertyOrder({"status", "run", "at", "reason"})
  public record CountedHop(
      @Schema(enumeration = {"counted", "not_counted", "unknown"}) String status,
      Long run,
      Instant at,
      String reason) {}

  /**
   * How long each hop took, in milliseconds; absent where an end is unknown.
   *
   * @param acceptedToKafka from accepted to the record's timestamp
   * @param kafkaToStored from the record's timestamp to the row's
   * @param storedToCounted from the row's time to the end of the run that counted it
   */
  @JsonbPropertyOrder({"acceptedToKafka", "kafkaToStored", "storedToCounted"})
  public record Hops(
      @JsonbProperty("accepted_to_kafka_ms") Long acceptedToKafka,
      @JsonbProperty("kafka_to_stored_ms") Long kafkaToStored,
      @JsonbProperty("stored_to_counted_ms") Long storedToCounted) {}
}
