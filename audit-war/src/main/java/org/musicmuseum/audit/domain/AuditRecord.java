package org.musicmuseum.audit.domain;

import jakarta.json.JsonObject;
import jakarta.json.bind.annotation.JsonbPropertyOrder;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * One event of the log with where it is.
 *
 * @param event the envelope as it is on the topic: type, datetime, payload
 * @param partition its partition
 * @param offset its offset in that partition
 * @param timestamp the record's timestamp, ISO-8601 UTC
 */
@JsonbPropertyOrder({"event", "partition", "offset", "timestamp"})
@Schema(description = "An event of the Kafka log with its partition, offset and timestamp.")
public record AuditRecord(
    @Schema(
            type = SchemaType.OBJECT,
            description = "The envelope: type, datetime, payload",
            example =
                "{\"type\":\"new_album\",\"datetime\":\"2026-11-25T10:15:30.123Z\","
                    + "\"payload\":{\"trace_id\":\"0f8fad5b-d9cb-469f-a165-70867728950e\","
                    + "\"album_id\":7,\"album_name\":\"Kind of Blue\","
                    + "\"artist_name\":\"Miles Davis\",\"album_track_count\":5}}")
        JsonObject event,
    @Schema(example = "1") int partition,
    @Schema(example = "42") long offset,
    @Schema(example = "2026-11-25T10:15:30.125Z") String timestamp) {}
