package org.musicmuseum.processing.domain;

import jakarta.json.bind.annotation.JsonbProperty;
import jakarta.json.bind.annotation.JsonbPropertyOrder;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * Whether the statistics counted a stored row, and which run did.
 *
 * @param type the row's event type
 * @param partition the Kafka partition the row was read from
 * @param offset its offset there
 * @param counted whether the statistics include it
 * @param cursor the last offset of that type counted in that partition; absent when none is
 * @param run the run that counted it; absent when it is not counted, or when that run is older than
 *     the runs kept
 * @param oldestKeptRun the number of the oldest run kept; absent before the first
 */
@JsonbPropertyOrder({"type", "partition", "offset", "counted", "cursor", "run", "oldestKeptRun"})
@Schema(description = "Whether the statistics counted a stored row, and the run that did.")
public record Counting(
    @Schema(example = "new_album") String type,
    @Schema(example = "3") @JsonbProperty("kafka_partition") int partition,
    @Schema(example = "42") @JsonbProperty("kafka_offset") long offset,
    @Schema(example = "true") boolean counted,
    @Schema(example = "57") Long cursor,
    CountingRun run,
    @Schema(example = "1") @JsonbProperty("oldest_kept_run") Long oldestKeptRun) {}
