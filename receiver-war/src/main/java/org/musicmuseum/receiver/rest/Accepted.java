package org.musicmuseum.receiver.rest;

import jakarta.json.bind.annotation.JsonbProperty;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The answer to an accepted event: its trace id. */
@Schema(description = "The event is on the topic (acknowledged by every in-sync replica).")
public record Accepted(
    @JsonbProperty("trace_id") @Schema(example = "0f8fad5b-d9cb-469f-a165-70867728950e")
        String traceId) {}
