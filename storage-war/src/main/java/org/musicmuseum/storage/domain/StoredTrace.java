package org.musicmuseum.storage.domain;

import jakarta.json.bind.annotation.JsonbProperty;
import jakarta.json.bind.annotation.JsonbPropertyOrder;
import java.time.Instant;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * Where storage keeps the event of a trace id: its table and row, and the times of the two hops
 * that led there.
 *
 * @param type the event's type, {@code new_album} or {@code new_single_song}
 * @param table {@code albums} or {@code single_songs}
 * @param rowId the row's id (processing counts rows in this order)
 * @param acceptedAt when the receiver accepted the event (the envelope's datetime)
 * @param storedAt when storage wrote the row (column {@code received_at})
 * @param partition the Kafka partition the event was read from
 * @param offset its offset there
 */
@JsonbPropertyOrder({"type", "table", "rowId", "acceptedAt", "storedAt", "partition", "offset"})
@Schema(description = "The row that holds the event of a trace id, with when it was written.")
public record StoredTrace(
    @Schema(example = "new_album") String type,
    @Schema(example = "albums") String table,
    @Schema(example = "42") @JsonbProperty("row_id") long rowId,
    @Schema(example = "2026-12-05T16:30:01.234Z") @JsonbProperty("accepted_at") Instant acceptedAt,
    @Schema(example = "2026-12-05T16:30:01.301Z") @JsonbProperty("stored_at") Instant storedAt,
    @Schema(example = "1") @JsonbProperty("kafka_partition") int partition,
    @Schema(example = "17") @JsonbProperty("kafka_offset") long offset) {}
