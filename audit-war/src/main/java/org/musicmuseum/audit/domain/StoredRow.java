package org.musicmuseum.audit.domain;

import jakarta.json.bind.annotation.JsonbProperty;
import java.time.Instant;

/**
 * Storage's row of a trace id, as {@code GET /storage/events/trace/{trace_id}} answers it.
 *
 * @param type the event type's wire name
 * @param table the table
 * @param rowId the row's id
 * @param acceptedAt when the receiver accepted the event
 * @param storedAt when storage wrote the row
 * @param partition the Kafka partition it was read from
 * @param offset its offset there
 */
public record StoredRow(
    String type,
    String table,
    @JsonbProperty("row_id") long rowId,
    @JsonbProperty("accepted_at") Instant acceptedAt,
    @JsonbProperty("stored_at") Instant storedAt,
    @JsonbProperty("kafka_partition") int partition,
    @JsonbProperty("kafka_offset") long offset) {}
