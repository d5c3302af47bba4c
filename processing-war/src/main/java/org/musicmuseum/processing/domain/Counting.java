package org.musicmuseum.processing.domain;

import jakarta.json.bind.annotation.JsonbProperty;
import jakarta.json.bind.annotation.JsonbPropertyOrder;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * Whether the statistics counted a stored row, and which run did.
 *
 * @param type the row's event type
 * @param rowId the row's id in its table
 * @param counted whether the statistics include it
 * @param cursor the id of the last row of that type counted
 * @param run the run that counted it; absent when it is not counted, or when that run is older than
 *     the runs kept
 * @param oldestKeptRun the number of the oldest run kept; absent before the first
 */
@JsonbPropertyOrder({"type", "rowId", "counted", "cursor", "run", "oldestKeptRun"})
@Schema(description = "Whether the statistics counted a stored row, and the run that did.")
public record Counting(
    @Schema(example = "new_album") String type,
    @Schema(example = "42") @JsonbProperty("row_id") long rowId,
    @Schema(example = "true") boolean counted,
    @Schema(example = "57") long cursor,
    CountingRun run,
    @Schema(example = "1") @JsonbProperty("oldest_kept_run") Long oldestKeptRun) {}
