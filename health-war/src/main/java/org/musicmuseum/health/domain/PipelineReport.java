package org.musicmuseum.health.domain;

import jakarta.json.bind.annotation.JsonbNillable;
import jakarta.json.bind.annotation.JsonbProperty;
import jakarta.json.bind.annotation.JsonbPropertyOrder;
import java.time.Instant;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * {@code GET /healthcheck/pipeline}: how the pipeline keeps up. Every item is always present; its
 * {@code at} is when its value was last read (null before the first good read, and the value with
 * it); its {@code error} is null when the latest read succeeded, else why it failed (the value and
 * {@code at} are then those of the last good read).
 *
 * @param ingest the receiver's accepted events and their rate
 * @param storageLag storage's consumer lag
 * @param freshness the age of the newest event processing counted
 * @param quarantined the records storage quarantined
 * @param skipped the records audit skipped
 */
@JsonbPropertyOrder({"ingest", "storageLag", "freshness", "quarantined", "skipped"})
@Schema(description = "Ingest rate, storage lag, freshness, quarantined and skipped, with times")
public record PipelineReport(
    Ingest ingest,
    @JsonbProperty("storage_lag") StorageLag storageLag,
    Freshness freshness,
    @Schema(description = "storage's museum_storage_quarantined_total") Count quarantined,
    @Schema(description = "audit's museum_audit_skipped_total") Count skipped) {

  /**
   * The receiver's {@code museum_receiver_accepted_total}, summed over its labels.
   *
   * @param acceptedTotal events accepted since the receiver started
   * @param perSecond the increase per second over the last {@code window_seconds} of reads (null
   *     until two reads)
   * @param windowSeconds the rate's window
   * @param at when it was read
   * @param error why the latest read failed
   */
  @JsonbPropertyOrder({"acceptedTotal", "perSecond", "windowSeconds", "at", "error"})
  public record Ingest(
      @JsonbNillable @JsonbProperty("accepted_total") Long acceptedTotal,
      @JsonbNillable @JsonbProperty("per_second") Double perSecond,
      @JsonbProperty("window_seconds") long windowSeconds,
      @JsonbNillable Instant at,
      @JsonbNillable String error) {}

  /**
   * Storage's consumer lag as the health service last read it from Kafka.
   *
   * @param events records behind, summed over the partitions
   * @param group storage's consumer group
   * @param partitions how many partitions the topic has
   * @param at when it was read
   * @param error why the latest read failed
   */
  @JsonbPropertyOrder({"events", "group", "partitions", "at", "error"})
  public record StorageLag(
      @JsonbNillable Long events,
      String group,
      @JsonbNillable Integer partitions,
      @JsonbNillable Instant at,
      @JsonbNillable String error) {}

  /**
   * Processing's {@code museum_processing_freshness_seconds}.
   *
   * @param seconds the age of the newest counted event (null while nothing is counted)
   * @param at when it was read
   * @param error why the latest read failed
   */
  @JsonbPropertyOrder({"seconds", "at", "error"})
  public record Freshness(
      @JsonbNillable Double seconds, @JsonbNillable Instant at, @JsonbNillable String error) {}

  /**
   * A counter and when it last changed.
   *
   * @param count its value
   * @param changedAt the read at which it was first seen to differ from the read before (null while
   *     it has not changed since the health service started)
   * @param at when it was read
   * @param error why the latest read failed
   */
  @JsonbPropertyOrder({"count", "changedAt", "at", "error"})
  public record Count(
      @JsonbNillable Long count,
      @JsonbNillable @JsonbProperty("changed_at") Instant changedAt,
      @JsonbNillable Instant at,
      @JsonbNillable String error) {}
}
