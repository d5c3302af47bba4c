package org.musicmuseum.audit.domain;

import jakarta.json.bind.annotation.JsonbProperty;
import jakarta.json.bind.annotation.JsonbPropertyOrder;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * How many events of each type the index holds.
 *
 * @param album albums indexed; valid album indices are 0..album-1
 * @param singleSong singles indexed
 * @param caughtUp whether the index holds everything the log held when the service started
 */
@JsonbPropertyOrder({"album", "singleSong", "caughtUp"})
@Schema(description = "Events indexed per type.")
public record Counts(
    @JsonbProperty("album") @Schema(example = "30") long album,
    @JsonbProperty("single_song") @Schema(example = "20") long singleSong,
    @JsonbProperty("caught_up") @Schema(example = "true") boolean caughtUp) {}
