package org.musicmuseum.health.domain;

import jakarta.json.bind.annotation.JsonbPropertyOrder;
import jakarta.json.bind.annotation.JsonbTypeAdapter;
import java.time.Instant;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * One entry of the history: a service went from one status to another.
 *
 * @param service the service's name
 * @param from its status before
 * @param to its status after
 * @param at when the check that saw the change completed
 */
@JsonbPropertyOrder({"service", "from", "to", "at"})
public record StatusChange(
    @Schema(example = "storage") String service,
    @Schema(
            type = SchemaType.STRING,
            enumeration = {"Unknown", "Running", "Degraded", "Down"})
        @JsonbTypeAdapter(StatusAdapter.class)
        Status from,
    @Schema(
            type = SchemaType.STRING,
            enumeration = {"Unknown", "Running", "Degraded", "Down"})
        @JsonbTypeAdapter(StatusAdapter.class)
        Status to,
    @Schema(description = "when the check that saw the change completed") Instant at) {}
