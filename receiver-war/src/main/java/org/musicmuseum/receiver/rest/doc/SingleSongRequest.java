package org.musicmuseum.receiver.rest.doc;

import jakarta.json.bind.annotation.JsonbProperty;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.musicmuseum.events.Limits;

/** OpenAPI description of a new-single body (the receiver reads it as JSON and checks it). */
@Schema(name = "NewSingleSong", description = "A new single song. Unknown fields are refused.")
public record SingleSongRequest(
    @JsonbProperty("song_id")
        @Schema(required = true, minimum = "1", maximum = "9007199254740991", example = "3")
        long songId,
    @JsonbProperty("song_name")
        @Schema(required = true, maxLength = Limits.MAX_NAME_LENGTH, example = "So What")
        String songName,
    @JsonbProperty("artist_name")
        @Schema(required = true, maxLength = Limits.MAX_NAME_LENGTH, example = "Miles Davis")
        String artistName,
    @JsonbProperty("song_duration")
        @Schema(
            required = true,
            description = "seconds",
            exclusiveMinimum = true,
            minimum = "0",
            maximum = "86400",
            example = "562.5")
        double songDuration) {}
