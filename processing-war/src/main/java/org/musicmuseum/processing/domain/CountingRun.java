package org.musicmuseum.processing.domain;

import jakarta.json.bind.annotation.JsonbProperty;
import jakarta.json.bind.annotation.JsonbPropertyOrder;
import java.time.Instant;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.musicmuseum.events.EventType;

/**
 * A run that counted rows: its number, when it ended, and the row ids it counted per type, as
 * half-open ranges {@code (after, upTo]} (rows are counted in id order).
 *
 * @param run the run's number; only runs that counted something are numbered
 * @param at when the run's counting ended
 * @param albumsAfter the album cursor before the run
 * @param albumsUpTo the album cursor after it
 * @param singlesAfter the single cursor before the run
 * @param singlesUpTo the single cursor after it
 */
@JsonbPropertyOrder({"run", "at", "albumsAfter", "albumsUpTo", "singlesAfter", "singlesUpTo"})
@Schema(description = "A statistics run that counted rows, with the row ids it counted per type.")
public record CountingRun(
    @Schema(example = "118") long run,
    @Schema(example = "2026-12-05T16:30:01.512Z") Instant at,
    @Schema(example = "40") @JsonbProperty("albums_after") long albumsAfter,
    @Schema(example = "42") @JsonbProperty("albums_up_to") long albumsUpTo,
    @Schema(example = "17") @JsonbProperty("singles_after") long singlesAfter,
    @Schema(example = "17") @JsonbProperty("singles_up_to") long singlesUpTo) {

  /** Whether this run counted the row {@code rowId} of {@code type}. */
  public boolean counted(EventType type, long rowId) {
    return type == EventType.NEW_ALBUM
        ? rowId > albumsAfter && rowId <= albumsUpTo
        : rowId > singlesAfter && rowId <= singlesUpTo;
  }
}
