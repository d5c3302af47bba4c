package org.musicmuseum.processing.domain;

import jakarta.json.bind.annotation.JsonbProperty;
import jakarta.json.bind.annotation.JsonbPropertyOrder;
import java.time.Instant;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.musicmuseum.events.EventType;
import org.musicmuseum.events.Positions;

/**
 * A run that counted rows: its number, when it ended, and per type the offsets it counted in each
 * partition it read, as cursors ({@link Positions} text): of the partitions {@code upTo} names, it
 * counted the offsets after {@code after} (all of them up to {@code upTo} where {@code after} does
 * not name the partition).
 *
 * @param run the run's number; only runs that counted something are numbered
 * @param at when the run's counting ended
 * @param albumsAfter the album cursor before the run, in the partitions it moved
 * @param albumsUpTo the album cursor after it, in the partitions it moved
 * @param singlesAfter the single cursor before the run, in the partitions it moved
 * @param singlesUpTo the single cursor after it, in the partitions it moved
 */
@JsonbPropertyOrder({"run", "at", "albumsAfter", "albumsUpTo", "singlesAfter", "singlesUpTo"})
@Schema(
    description =
        "A statistics run that counted rows, with the offsets it counted per type: per partition,"
            + " after `…_after` up to `…_up_to` (partition:offset pairs).")
public record CountingRun(
    @Schema(example = "118") long run,
    @Schema(example = "2026-12-05T16:30:01.512Z") Instant at,
    @Schema(example = "0:40,3:17") @JsonbProperty("albums_after") String albumsAfter,
    @Schema(example = "0:42,3:19,5:0") @JsonbProperty("albums_up_to") String albumsUpTo,
    @Schema(example = "") @JsonbProperty("singles_after") String singlesAfter,
    @Schema(example = "") @JsonbProperty("singles_up_to") String singlesUpTo) {

  /** Refuses cursors that are not {@link Positions} text (a damaged state file). */
  public CountingRun {
    for (String cursor : new String[] {albumsAfter, albumsUpTo, singlesAfter, singlesUpTo}) {
      if (cursor == null || Positions.parse(cursor).isEmpty()) {
        throw new IllegalArgumentException("a run's cursors must be partition:offset pairs");
      }
    }
  }

  /** The run that moved the cursors from {@code before} to {@code after}, naming what moved. */
  static CountingRun between(
      long run,
      Instant at,
      Positions albumsBefore,
      Positions albums,
      Positions singlesBefore,
      Positions singles) {
    Positions albumsMoved = albums.movedSince(albumsBefore);
    Positions singlesMoved = singles.movedSince(singlesBefore);
    return new CountingRun(
        run,
        at,
        albumsBefore.only(albumsMoved.partitions()).text(),
        albumsMoved.text(),
        singlesBefore.only(singlesMoved.partitions()).text(),
        singlesMoved.text());
  }

  /** Whether this run counted the row at {@code offset} of {@code partition} of {@code type}. */
  public boolean counted(EventType type, int partition, long offset) {
    boolean albums = type == EventType.NEW_ALBUM;
    Positions upTo = Positions.parse(albums ? albumsUpTo : singlesUpTo).orElseThrow();
    Positions after = Positions.parse(albums ? albumsAfter : singlesAfter).orElseThrow();
    return upTo.includes(partition, offset) && !after.includes(partition, offset);
  }
}
